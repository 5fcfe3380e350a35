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

    static int run(CliArgs args, CliText text, PrintStream out) throws UsageException, PortProblem {
        args.allow("port", "baud", "timeout", "trigger", "terminator", "prefix", "suffix", "image");
        if (args.option("image").isPresent()) {
            return fromImage(Path.of(args.require("image")), text, out);
        }
        String port = args.require("port");
        int baud = args.number("baud", 9600);
        Duration timeout = args.seconds("timeout", 15);
        ScannerSettings settings = ScannerOptions.from(args);
        try (SerialCodeScanner scanner = new SerialCodeScanner("scan", PortAccess.open(port, baud), settings)) {
            out.println(text.get(settings.trigger() == TriggerMode.HONEYWELL ? "scan.triggered" : "scan.listening",
                    port, timeout.toSeconds()));
            Optional<ScannedCode> code = scanner.read(timeout);
            if (code.isEmpty()) {
                out.println(text.get("scan.noCode", timeout.toSeconds(), baud, settings.terminator()));
                return ExitCode.NOTHING;
            }
            show(code.get(), text, out);
            return ExitCode.OK;
        } catch (IOException e) {
            out.println(text.get("scan.portLost", port, e.getMessage()));
            return ExitCode.NOTHING;
        }
    }

    private static int fromImage(Path image, CliText text, PrintStream out) {
        try {
            Optional<ScannedCode> code = new CameraFrameDecoder().decode(Files.readAllBytes(image));
            if (code.isEmpty()) {
                out.println(text.get("scan.noCodeInImage", image));
                return ExitCode.NOTHING;
            }
            show(code.get(), text, out);
            return ExitCode.OK;
        } catch (NoSuchFileException e) {
            out.println(text.get("scan.noFile", image));
            return ExitCode.FAILED;
        } catch (IOException e) {
            out.println(text.get("scan.unreadableImage", image, e.getMessage()));
            return ExitCode.FAILED;
        }
    }

    private static void show(ScannedCode code, CliText text, PrintStream out) {
        String content = code.text();
        out.println(text.get("scan.code", code.symbology(), content.codePointCount(0, content.length()),
                code.raw().length, content));
    }
}
