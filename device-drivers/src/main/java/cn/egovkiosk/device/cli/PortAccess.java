package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.transport.ByteTransport;
import cn.egovkiosk.device.transport.Transports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Locale;

/**
 * Opens a port for a CLI command, turning the usual failures into advice: nothing at that path, no permission
 * (group dialout or a udev rule), or busy (another program has it open).
 */
final class PortAccess {

    private PortAccess() {
    }

    /** An open transport on {@code port} ({@code tcp://host:port} is passed through as is). */
    static ByteTransport open(String port, int baud) throws PortProblem {
        check(port);
        ByteTransport transport = Transports.forPort(port, baud);
        try {
            transport.open();
        } catch (IOException e) {
            if (isTcp(port)) {
                throw new PortProblem("port.tcpSilent", port, e.getMessage());
            }
            throw new PortProblem("port.busy", port);
        }
        return transport;
    }

    /** Checks that the port exists and this user may use it, without opening it. */
    static void check(String port) throws PortProblem {
        if (isTcp(port)) {
            return;
        }
        Path path = Path.of(port);
        if (!Files.exists(path)) {
            throw new PortProblem("port.missing", port);
        }
        if (!Files.isReadable(path) || !Files.isWritable(path)) {
            String group = group(path);
            // a port of group root cannot be opened to a user by group membership: it needs a udev rule first
            throw new PortProblem(group.equals("root") ? "port.permissionRoot" : "port.permission", path, group);
        }
    }

    private static String group(Path path) {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class).group().getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "dialout";
        }
    }

    private static boolean isTcp(String port) {
        return port.strip().toLowerCase(Locale.ROOT).startsWith("tcp://");
    }
}
