package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.scanner.ScannerSettings;
import cn.egovkiosk.device.scanner.Terminator;
import cn.egovkiosk.device.scanner.TriggerMode;

/** {@code --trigger continuous|honeywell --terminator CR|LF|CRLF --prefix X --suffix Y} for scan and simulate. */
final class ScannerOptions {

    static final String[] NAMES = {"trigger", "terminator", "prefix", "suffix"};

    private ScannerOptions() {
    }

    static ScannerSettings from(CliArgs args) throws UsageException {
        try {
            ScannerSettings defaults = ScannerSettings.defaults();
            TriggerMode trigger = args.option("trigger").map(TriggerMode::parse).orElse(defaults.trigger());
            Terminator terminator = args.option("terminator").map(Terminator::parse).orElse(defaults.terminator());
            return defaults.withTrigger(trigger).withAffixes(args.options().getOrDefault("prefix", ""),
                    args.options().getOrDefault("suffix", ""), terminator);
        } catch (IllegalArgumentException e) {
            throw new UsageException("usage.badValue", e.getMessage());
        }
    }
}
