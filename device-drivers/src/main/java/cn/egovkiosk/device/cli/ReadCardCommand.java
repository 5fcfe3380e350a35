package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.idcard.CardReadException;
import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.device.idcard.SamIdCardReader;
import cn.egovkiosk.device.status.DeviceState;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code read-card --port P [--baud B] [--timeout S] [--reveal]}: waits for a card and shows what it says, masked;
 * {@code --reveal} shows every field and is for test cards only.
 */
final class ReadCardCommand {

    private static final Duration POLL = Duration.ofMillis(200);

    private ReadCardCommand() {
    }

    static int run(CliArgs args, CliText text, PrintStream out) throws UsageException, PortProblem {
        args.allow("port", "baud", "timeout");
        String port = args.require("port");
        int baud = args.number("baud", 115200);
        Duration timeout = args.seconds("timeout", 15);
        boolean reveal = args.flag("reveal");
        try (SamIdCardReader reader = new SamIdCardReader("read-card", PortAccess.open(port, baud))) {
            try {
                return readOne(reader, port, timeout, reveal, text, out);
            } catch (IOException e) {
                boolean fault = reader.status().state() == DeviceState.HARDWARE_ERROR;
                out.println(fault ? text.get("readCard.fault", port, e.getMessage())
                        : text.get("readCard.noReader", port, baud, e.getMessage()));
                return fault ? ExitCode.FAILED : ExitCode.NOTHING;
            }
        } catch (IOException e) {
            return ExitCode.NOTHING; // closing failed after the answer was given
        }
    }

    private static int readOne(SamIdCardReader reader, String port, Duration timeout, boolean reveal, CliText text,
            PrintStream out) throws IOException {
        out.println(text.get("readCard.ready", port, reader.samId()));
        out.println(text.get("readCard.place", timeout.toSeconds()));
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Optional<ResidentIdentity> identity = reader.poll();
                if (identity.isPresent()) {
                    CardReport.print(identity.get(), reveal, text, out);
                    return ExitCode.OK;
                }
                Thread.sleep(POLL);
            }
        } catch (CardReadException e) {
            out.println(text.get("readCard.unreadable", e.getMessage()));
            return ExitCode.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.NOTHING;
        }
        out.println(text.get("readCard.noCard", timeout.toSeconds()));
        return ExitCode.NOTHING;
    }
}
