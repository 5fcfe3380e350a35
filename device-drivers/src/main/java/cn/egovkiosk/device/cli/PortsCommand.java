package cn.egovkiosk.device.cli;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code ports}: the serial ports of this machine, whether this user may open them, and stable by-id names. */
final class PortsCommand {

    private static final Path BY_ID = Path.of("/dev/serial/by-id");

    private PortsCommand() {
    }

    static int run(PrintStream out) {
        SerialPort[] ports = SerialPort.getCommPorts();
        if (ports.length == 0) {
            out.println("no serial ports found (USB adapters show up as /dev/ttyUSB* or /dev/ttyACM* once plugged in)");
        }
        for (SerialPort port : ports) {
            String path = port.getSystemPortPath();
            out.printf("%-16s %-28s %s%n", path, port.getPortDescription(), access(Path.of(path)));
        }
        if (Files.isDirectory(BY_ID)) {
            try (DirectoryStream<Path> links = Files.newDirectoryStream(BY_ID)) {
                for (Path link : links) {
                    out.println("by-id: " + link + " -> " + link.toRealPath());
                }
            } catch (IOException e) {
                out.println("by-id: cannot list " + BY_ID + ": " + e.getMessage());
            }
        }
        out.println("pseudo-terminals (socat, simulators) are not listed: pass their path to --port");
        return ExitCode.OK;
    }

    private static String access(Path path) {
        if (Files.isReadable(path) && Files.isWritable(path)) {
            return "ok";
        }
        return "no permission (see: add the user to group dialout)";
    }
}
