package cn.egovkiosk.device.manager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a device node that vanished (USB unplugged, socat pair gone) and closes that device's driver at once. A
 * driver only finds out through its own I/O, and a write that starts after the hang-up can block until the write
 * timeout; closing the port from here ends such a write, and the device's next check reopens the port once it is
 * back. Runs on the manager's watch thread, never on a device thread.
 */
final class PortWatch {

    private static final Logger log = LoggerFactory.getLogger(PortWatch.class);

    private final Set<String> missing = new HashSet<>();

    /** Closes the driver of every device whose port path has just disappeared. */
    void sweep(Iterable<ManagedDevice> devices) {
        for (ManagedDevice device : devices) {
            Path path = localPath(device.config().port());
            if (path == null) {
                continue;
            }
            if (Files.exists(path)) {
                missing.remove(device.name());
            } else if (missing.add(device.name())) {
                log.info("{}: port {} is gone, closing it", device.name(), path);
                try {
                    device.close();
                } catch (IOException | RuntimeException e) {
                    log.debug("{}: closing after the port went away failed: {}", device.name(), e.toString());
                }
            }
        }
    }

    /** The port's device node, or null for network ports. */
    private static Path localPath(String port) {
        if (port.strip().toLowerCase(Locale.ROOT).startsWith("tcp://")) {
            return null;
        }
        try {
            return Path.of(port.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
