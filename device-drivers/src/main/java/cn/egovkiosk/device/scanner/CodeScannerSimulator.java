package cn.egovkiosk.device.scanner;

import cn.egovkiosk.device.transport.ByteTransport;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a serial code scanner on the device side of a transport, in its own thread. In continuous mode a code shown
 * to it is sent at once; in Honeywell trigger mode it waits in front of the scanner until {@code SYN T CR}, which
 * reads it once. Answers the trigger-mode menu query ({@code TRGMOD?.}), so a probe can recognise it. Keeps serving
 * after the host side went away and came back.
 */
public final class CodeScannerSimulator implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(CodeScannerSimulator.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ByteTransport deviceSide;
    private final ScannerSettings settings;
    private final ScannerCommandParser commands;
    private final AtomicInteger triggers = new AtomicInteger();
    private final AtomicInteger stops = new AtomicInteger();
    private volatile boolean running;
    private volatile String inFront;
    private Thread thread;

    public CodeScannerSimulator(ByteTransport deviceSide, ScannerSettings settings) {
        this.deviceSide = Objects.requireNonNull(deviceSide, "deviceSide");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.commands = new ScannerCommandParser(new HostCommands());
    }

    /**
     * Opens the device side and starts serving.
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
            throw new UncheckedIOException("scanner simulator cannot open " + deviceSide.describe(), e);
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("code-scanner-simulator").start(this::serve);
    }

    /** Shows a code to the scanner: sent now in continuous mode, on the next trigger otherwise. */
    public void show(String code) throws IOException {
        if (settings.trigger() == TriggerMode.CONTINUOUS) {
            send(code);
        } else {
            inFront = code;
        }
    }

    /** Sends bytes as they are (noise, a code with a broken encoding). */
    public void sendRaw(byte[] bytes) throws IOException {
        deviceSide.write(bytes);
    }

    public int triggerCount() {
        return triggers.get();
    }

    public int stopCount() {
        return stops.get();
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
            log.debug("scanner simulator: closing failed: {}", e.getMessage());
        }
    }

    private void send(String code) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(settings.prefix().getBytes(settings.charset()));
        line.writeBytes(code.getBytes(settings.charset()));
        line.writeBytes(settings.suffix().getBytes(settings.charset()));
        line.writeBytes(settings.terminator().bytes());
        deviceSide.write(line.toByteArray());
    }

    private void serve() {
        byte[] chunk = new byte[256];
        while (running) {
            try {
                int n = deviceSide.read(chunk, 0, chunk.length, POLL);
                commands.feed(chunk, n);
            } catch (IOException | UncheckedIOException e) {
                log.debug("scanner simulator: {}; reopening", e.getMessage());
                reopenAfterPause();
            }
        }
    }

    private void reopenAfterPause() {
        try {
            Thread.sleep(POLL.toMillis());
            deviceSide.open();
        } catch (IOException e) {
            log.debug("scanner simulator cannot reopen yet: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private final class HostCommands implements ScannerCommandParser.Commands {

        @Override
        public void trigger() {
            triggers.incrementAndGet();
            String code = inFront;
            inFront = null;
            if (code != null) {
                try {
                    send(code);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void stop() {
            stops.incrementAndGet();
        }

        @Override
        public void menu(String command) {
            if (command.equals(HoneywellCommands.TRIGGER_MODE_TAG + "?")) {
                String mode = settings.trigger() == TriggerMode.HONEYWELL ? "0" : "3";
                try {
                    deviceSide.write(HoneywellCommands.answer(HoneywellCommands.TRIGGER_MODE_TAG + mode));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
