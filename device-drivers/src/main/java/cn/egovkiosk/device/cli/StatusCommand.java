package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.manager.DeviceConfig;
import cn.egovkiosk.device.manager.DeviceConfigException;
import cn.egovkiosk.device.manager.DeviceConfigs;
import cn.egovkiosk.device.manager.DeviceManager;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.DeviceStatusBoard;
import cn.egovkiosk.device.status.StatusSnapshot;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code status --config FILE [--watch S]}: checks every configured device once and shows its state; with
 * {@code --watch} it goes on for S seconds and prints every change.
 */
final class StatusCommand {

    private static final Duration CHECK_TIME = Duration.ofSeconds(10);

    private StatusCommand() {
    }

    static int run(CliArgs args, CliText text, PrintStream out) throws UsageException {
        args.allow("config", "watch");
        Duration watch = args.option("watch").isPresent() ? args.seconds("watch", 0) : Duration.ZERO;
        Path file = Path.of(args.require("config"));
        List<DeviceConfig> configs;
        try {
            configs = DeviceConfigs.load(file);
        } catch (DeviceConfigException e) {
            out.println(text.get("status.badConfig", file));
            e.problems().forEach(problem -> out.println("  " + problem));
            return ExitCode.FAILED;
        }
        if (configs.isEmpty()) {
            out.println(text.get("status.empty", file));
            return ExitCode.FAILED;
        }
        Map<String, DeviceConfig> byName = configs.stream()
                .collect(Collectors.toMap(DeviceConfig::name, Function.identity()));
        try (DeviceStatusBoard board = new DeviceStatusBoard();
                DeviceManager manager = new DeviceManager(configs, board, false)) {
            StatusSnapshot snapshot = manager.checkNow(CHECK_TIME);
            out.println(text.get("status.header"));
            for (DeviceStatus status : snapshot.devices()) {
                DeviceConfig config = byName.get(status.name());
                out.printf("%-16s %-16s %-24s %-15s %-14s %s%n", status.name(),
                        config == null ? "?" : config.type().key(), config == null ? "?" : config.port(),
                        status.state(), status.media(), status.detail());
            }
            if (!watch.isZero()) {
                snapshot = watch(manager, board, watch, text, out);
            }
            return snapshot.allUsable() ? ExitCode.OK : ExitCode.FAILED;
        }
    }

    /** Keeps checking on the devices' schedules and prints every change, e.g. while a technician pulls cables. */
    private static StatusSnapshot watch(DeviceManager manager, DeviceStatusBoard board, Duration watch, CliText text,
            PrintStream out) {
        out.println(text.get("status.watching", watch.toSeconds()));
        try (AutoCloseable listening = board.addListener((change, after) -> out.println(text.get("status.change",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), change.current().name(),
                change.previous().map(before -> before.state().name()).orElse("-"), change.current().state(),
                change.current().media(), change.current().detail())))) {
            manager.start();
            Thread.sleep(watch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // removing the listener cannot fail
        }
        return board.snapshot();
    }
}
