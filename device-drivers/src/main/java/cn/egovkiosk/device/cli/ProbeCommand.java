package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.transport.ByteTransport;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code probe --port P [--baud B]}: which of reader, receipt printer or scanner answers on P. */
final class ProbeCommand {

    /** The SAM readers' speed first, then the most common factory speed of printers and scanners. */
    private static final List<Integer> BAUDS = List.of(115200, 9600);

    private ProbeCommand() {
    }

    static int run(CliArgs args, CliText text, PrintStream out) throws UsageException, PortProblem {
        args.allow("port", "baud");
        String port = args.require("port");
        List<Integer> bauds = args.option("baud").isPresent() ? List.of(args.number("baud", 0)) : BAUDS;
        PortAccess.check(port);
        for (int baud : bauds) {
            try (ByteTransport transport = PortAccess.open(port, baud)) {
                Optional<String> found = DeviceProbe.identify(transport, text);
                if (found.isPresent()) {
                    out.println(port + " @" + baud + ": " + found.get());
                    return ExitCode.OK;
                }
            } catch (IOException e) {
                throw new PortProblem("probe.portLost", port, e.getMessage());
            }
        }
        out.println(text.get("probe.nothing", port, bauds));
        return ExitCode.NOTHING;
    }
}
