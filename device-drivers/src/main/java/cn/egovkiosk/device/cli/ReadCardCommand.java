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

    static int run(CliArgs args, PrintStream out) throws UsageException, PortProblem {
        args.allow("port", "baud", "timeout");
        String port = args.require("port");
        int baud = args.number("baud", 115200);
        Duration timeout = args.seconds("timeout", 15);
        boolean reveal = args.flag("reveal");
        try (SamIdCardReader reader = new SamIdCardReader("read-card", PortAccess.open(port, baud))) {
            try {
                return readOne(reader, port, timeout, reveal, out);
            } catch (IOException e) {
                boolean fault = reader.status().state() == DeviceState.HARDWARE_ERROR;
                out.println((fault ? "the ID card reader on " + port + " reports a fault: "
                        : "no ID card reader answers on " + port + " @" + baud + ": ") + e.getMessage()
                        + " ('probe --port " + port + "' says what is there)");
                return fault ? ExitCode.FAILED : ExitCode.NOTHING;
            }
        } catch (IOException e) {
            return ExitCode.NOTHING; // closing failed after the answer was given
        }
    }

    private static int readOne(SamIdCardReader reader, String port, Duration timeout, boolean reveal,
            PrintStream out) throws IOException {
        out.println("reader on " + port + ", SAM id " + reader.samId());
        out.println("place a card on the reader (waiting " + timeout.toSeconds() + " s)");
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Optional<ResidentIdentity> identity = reader.poll();
                if (identity.isPresent()) {
                    CardReport.print(identity.get(), reveal, out);
                    return ExitCode.OK;
                }
                Thread.sleep(POLL);
            }
        } catch (CardReadException e) {
            out.println("card present but not readable: " + e.getMessage()
                    + " (take it away, wipe it, and try again)");
            return ExitCode.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.NOTHING;
        }
        out.println("no card within " + timeout.toSeconds() + " s");
        return ExitCode.NOTHING;
    }
}
