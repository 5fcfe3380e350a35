package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.scanner.CameraFrameDecoder;
import cn.egovkiosk.device.scanner.ScannedCode;
import cn.egovkiosk.device.scanner.ScannerSettings;
import cn.egovkiosk.device.scanner.SerialCodeScanner;
import cn.egovkiosk.device.scanner.TriggerMode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code scan --port P [--baud B] [--trigger continuous|honeywell] [--terminator CRLF] [--prefix X] [--suffix Y]
 * [--timeout S]}: waits for one code and shows it; {@code scan --image FILE} finds the code in a camera frame.
 */
final class ScanCommand {

    private ScanCommand() {
    }

    static int run(CliArgs args, PrintStream out) throws UsageException, PortProblem {
        args.allow("port", "baud", "timeout", "trigger", "terminator", "prefix", "suffix", "image");
        if (args.option("image").isPresent()) {
            return fromImage(Path.of(args.require("image")), out);
        }
        String port = args.require("port");
        int baud = args.number("baud", 9600);
        Duration timeout = args.seconds("timeout", 15);
        ScannerSettings settings = ScannerOptions.from(args);
        try (SerialCodeScanner scanner = new SerialCodeScanner("scan", PortAccess.open(port, baud), settings)) {
            out.println((settings.trigger() == TriggerMode.HONEYWELL ? "scanner triggered" : "scanner listening")
                    + " on " + port + ": show it a code (waiting " + timeout.toSeconds() + " s)");
            Optional<ScannedCode> code = scanner.read(timeout);
            if (code.isEmpty()) {
                out.println("no code within " + timeout.toSeconds() + " s (check baud rate " + baud
                        + ", the terminator " + settings.terminator() + " and the trigger mode)");
                return ExitCode.NOTHING;
            }
            show(code.get(), out);
            return ExitCode.OK;
        } catch (IOException e) {
            out.println("scanner on " + port + " went away: " + e.getMessage());
            return ExitCode.NOTHING;
        }
    }

    private static int fromImage(Path image, PrintStream out) {
        try {
            Optional<ScannedCode> code = new CameraFrameDecoder().decode(Files.readAllBytes(image));
            if (code.isEmpty()) {
                out.println("no code found in " + image + " (sharp enough? the whole code in the frame?)");
                return ExitCode.NOTHING;
            }
            show(code.get(), out);
            return ExitCode.OK;
        } catch (NoSuchFileException e) {
            out.println("no file " + image);
            return ExitCode.FAILED;
        } catch (IOException e) {
            out.println("cannot read " + image + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    private static void show(ScannedCode code, PrintStream out) {
        String text = code.text();
        out.println("code (" + code.symbology() + ", " + text.codePointCount(0, text.length()) + " characters, "
                + code.raw().length + " bytes): " + text);
    }
}
