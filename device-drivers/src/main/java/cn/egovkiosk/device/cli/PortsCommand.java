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

    static int run(CliText text, PrintStream out) {
        SerialPort[] ports = SerialPort.getCommPorts();
        if (ports.length == 0) {
            out.println(text.get("ports.none"));
        }
        for (SerialPort port : ports) {
            String path = port.getSystemPortPath();
            out.printf("%-16s %-28s %s%n", path, port.getPortDescription(), text.get(access(Path.of(path))));
        }
        if (Files.isDirectory(BY_ID)) {
            try (DirectoryStream<Path> links = Files.newDirectoryStream(BY_ID)) {
                for (Path link : links) {
                    out.println("by-id: " + link + " -> " + link.toRealPath());
                }
            } catch (IOException e) {
                out.println(text.get("ports.byIdUnreadable", BY_ID, e.getMessage()));
            }
        }
        out.println(text.get("ports.ptyNote"));
        return ExitCode.OK;
    }

    /** The message key for this user's access to the port. */
    private static String access(Path path) {
        return Files.isReadable(path) && Files.isWritable(path) ? "ports.ok" : "ports.noPermission";
    }
}
