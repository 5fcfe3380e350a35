package cn.egovkiosk.device.simulator;

import cn.egovkiosk.device.transport.ByteTransport;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread every simulator runs on its device side: opens the transport, reads in short polls so that close() is
 * quick, hands the bytes on, and listens again when the host side went away (pty closed, TCP client gone). Public so
 * that simulators of other device classes (e.g. code scanners) run the same loop.
 */
public final class DeviceSideLoop implements Closeable {

    /** What a simulator does with the bytes it received; it may answer through {@link #write(byte[])}. */
    public interface Receiver {
        void receive(byte[] chunk, int length) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(DeviceSideLoop.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ByteTransport deviceSide;
    private final String threadName;
    private final Receiver receiver;
    private volatile boolean running;
    private Thread thread;

    public DeviceSideLoop(ByteTransport deviceSide, String threadName, Receiver receiver) {
        this.deviceSide = Objects.requireNonNull(deviceSide, "deviceSide");
        this.threadName = threadName;
        this.receiver = receiver;
    }

    /**
     * Opens the device side and starts the thread; does nothing when started.
     *
     * @throws UncheckedIOException when the device side cannot be opened
     */
    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            deviceSide.open();
        } catch (IOException e) {
            throw new UncheckedIOException(threadName + " cannot open " + deviceSide.describe(), e);
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name(threadName).start(this::run);
    }

    public void write(byte[] bytes) throws IOException {
        deviceSide.write(bytes);
    }

    @Override
    public void close() {
        Thread serving;
        synchronized (this) {
            running = false;
            serving = thread;
            thread = null;
        }
        if (serving != null) {
            try {
                serving.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            deviceSide.close();
        } catch (IOException e) {
            log.debug("{}: closing {} failed: {}", threadName, deviceSide.describe(), e.getMessage());
        }
    }

    private void run() {
        byte[] chunk = new byte[4096];
        while (running) {
            try {
                int n = deviceSide.read(chunk, 0, chunk.length, POLL);
                receiver.receive(chunk, n);
            } catch (IOException | UncheckedIOException e) {
                log.debug("{}: {}", threadName, e.getMessage());
                reopen();
            }
        }
    }

    private void reopen() {
        try {
            Thread.sleep(POLL.toMillis());
            deviceSide.open();
        } catch (IOException e) {
            log.debug("{} cannot reopen {}: {}", threadName, deviceSide.describe(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
