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
                throw new PortProblem(port + ": nothing answers there (" + e.getMessage() + ")");
            }
            throw new PortProblem(port + " is busy: another program has it open (the kiosk service, a simulator, "
                    + "another CLI). Stop that program, or see who holds it with: fuser -v " + port);
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
            throw new PortProblem("no port " + port + ": nothing is connected there. Check the cable and the "
                    + "device's power; 'ports' lists the serial ports this machine has.");
        }
        if (!Files.isReadable(path) || !Files.isWritable(path)) {
            throw new PortProblem(permissionAdvice(path));
        }
    }

    static String permissionAdvice(Path path) {
        String group = group(path);
        // a port of group root cannot be opened to a user by group membership: it needs a udev rule first
        String joinGroup = group.equals("root") ? "dialout" : group;
        return "permission denied on " + path + " (group " + group + "): add the kiosk user to group " + joinGroup
                + " (sudo usermod -aG " + joinGroup + " $USER, then log in again)"
                + (group.equals("root") ? " and" : ", or") + " give the device to group dialout with a udev rule, "
                + "e.g. /etc/udev/rules.d/99-kiosk.rules: SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"<vid>\", "
                + "ATTRS{idProduct}==\"<pid>\", GROUP=\"dialout\", MODE=\"0660\"";
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
