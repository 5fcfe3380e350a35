package cn.egovkiosk.device.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests, registered with {@code @RegisterExtension}: a fresh socat pty pair for every test, with serial transports
 * on its ends. After the test it closes what it handed out, newest first, then the pair, and removes its folder, so
 * no socat process or link outlives a test. Skips the test where socat is not installed.
 */
public final class PtyLink implements BeforeEachCallback, AfterEachCallback {

    private final String name;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private Path dir;
    private PtyPair pair;

    public PtyLink(String name) {
        this.name = name;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        dir = Files.createTempDirectory("pty-link-");
        pair = PtyPair.start(dir, name);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            while (!resources.isEmpty()) {
                resources.pop().close();
            }
        } finally {
            if (pair != null) {
                pair.close();
            }
            deleteFolder();
        }
    }

    public PtyPair pair() {
        return pair;
    }

    /** A new, unopened transport on the driver's end. */
    public SerialPortTransport hostSide() {
        return closeAtEnd(new SerialPortTransport(pair.hostSide().toString(), 115200));
    }

    /** A new, unopened transport on the device's end. */
    public SerialPortTransport deviceSide() {
        return closeAtEnd(new SerialPortTransport(pair.deviceSide().toString(), 115200));
    }

    public <T extends AutoCloseable> T closeAtEnd(T resource) {
        resources.push(resource);
        return resource;
    }

    /** Reads exactly {@code count} bytes within two seconds, or fails the test. */
    public static byte[] readExactly(ByteTransport transport, int count) throws IOException {
        byte[] buffer = new byte[count];
        int got = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (got < count && System.nanoTime() < deadline) {
            got += transport.read(buffer, got, count - got, Duration.ofMillis(100));
        }
        assertThat(got).as("bytes received").isEqualTo(count);
        return buffer;
    }

    private void deleteFolder() throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
