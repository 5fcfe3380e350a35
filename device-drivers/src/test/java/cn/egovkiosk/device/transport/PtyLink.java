package cn.egovkiosk.device.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * For tests: a socat pty pair with serial transports on its ends. Closes what it handed out, newest first, and then
 * the pair, so no socat process or link outlives a test.
 */
public final class PtyLink implements AutoCloseable {

    private final PtyPair pair;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    private PtyLink(PtyPair pair) {
        this.pair = pair;
    }

    /** Skips the test where socat is not installed. */
    public static PtyLink start(Path dir, String name) throws IOException {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        return new PtyLink(PtyPair.start(dir, name));
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

    @Override
    public void close() throws Exception {
        try {
            while (!resources.isEmpty()) {
                resources.pop().close();
            }
        } finally {
            pair.close();
        }
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
}
