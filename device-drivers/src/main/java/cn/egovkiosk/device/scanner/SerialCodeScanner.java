package cn.egovkiosk.device.scanner;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.status.StatusTracker;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scanner that sends each code as a line over a serial port (or USB-CDC, or a TCP bridge), in continuous mode or
 * triggered by Honeywell's serial commands. Reopens its transport after the port went away. Logs lengths, never codes.
 */
public final class SerialCodeScanner implements CodeScanner {

    static final int MAX_PENDING = 16;
    private static final Logger log = LoggerFactory.getLogger(SerialCodeScanner.class);

    private final String name;
    private final ByteTransport transport;
    private final ScannerSettings settings;
    private final ScanLineParser parser;
    private final byte[] prefix;
    private final byte[] suffix;
    private final Deque<ScannedCode> pending = new ArrayDeque<>();
    private final byte[] chunk = new byte[1024];
    private ScannedCode lastCode;
    private final StatusTracker tracker;

    public SerialCodeScanner(String name, ByteTransport transport, ScannerSettings settings) {
        this.name = Objects.requireNonNull(name, "name");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parser = new ScanLineParser(settings.terminator());
        this.prefix = settings.prefix().getBytes(settings.charset());
        this.suffix = settings.suffix().getBytes(settings.charset());
        this.tracker = new StatusTracker(name, DeviceState.OFFLINE, MediaState.NOT_APPLICABLE, "not used yet");
    }

    @Override
    public synchronized Optional<ScannedCode> read(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            ensureOpen();
            boolean triggered = settings.trigger() == TriggerMode.HONEYWELL;
            pump(Duration.ZERO);
            if (triggered) {
                pending.clear(); // codes from before the trigger do not answer this read
                parser.reset();
                transport.write(HoneywellCommands.TRIGGER);
            }
            Optional<ScannedCode> code = nextFresh();
            while (code.isEmpty() && System.nanoTime() < deadline) {
                pump(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
                code = nextFresh();
            }
            if (code.isEmpty() && triggered) {
                transport.write(HoneywellCommands.STOP);
            }
            online();
            return code;
        } catch (IOException e) {
            offline(e);
            throw e;
        }
    }

    /**
     * Opens the port if needed and takes in what the scanner sent, without waiting: a health check that also notices
     * a port that went away.
     */
    public synchronized DeviceStatus checkHealth() {
        try {
            ensureOpen();
            pump(Duration.ZERO);
            online();
        } catch (IOException e) {
            offline(e);
        }
        return tracker.current();
    }

    public ScannerSettings settings() {
        return settings;
    }

    @Override
    public DeviceStatus status() {
        return tracker.current();
    }

    @Override
    public synchronized void close() throws IOException {
        transport.close();
        pending.clear();
        changeState(DeviceState.OFFLINE, "closed");
    }

    private void ensureOpen() throws IOException {
        if (!transport.isOpen()) {
            parser.reset();
            transport.open();
            log.info("{}: scanner port {} open", name, transport.describe());
        }
    }

    private void pump(Duration wait) throws IOException {
        int n = transport.read(chunk, 0, chunk.length, wait);
        for (byte[] line : parser.feed(chunk, 0, n)) {
            accept(line);
        }
    }

    private void accept(byte[] line) {
        byte[] data = CodeText.stripAffixes(line, prefix, suffix);
        if (data.length == 0) {
            return;
        }
        ScannedCode code = new ScannedCode(CodeText.decode(data, settings.charset()), data,
                ScannedCode.UNKNOWN_SYMBOLOGY, Instant.now());
        if (isRepeat(code)) {
            log.debug("{}: same code again within {}, dropped", name, settings.duplicateWindow());
            return;
        }
        lastCode = code;
        if (pending.size() == MAX_PENDING) {
            pending.removeFirst();
        }
        pending.addLast(code);
        log.debug("{}: code of {} bytes", name, data.length);
    }

    /** A continuous scanner sends a code again and again while it is held in front of it. */
    private boolean isRepeat(ScannedCode code) {
        return settings.trigger() == TriggerMode.CONTINUOUS && lastCode != null
                && lastCode.text().equals(code.text())
                && Duration.between(lastCode.readAt(), code.readAt()).compareTo(settings.duplicateWindow()) < 0;
    }

    private Optional<ScannedCode> nextFresh() {
        Instant oldest = Instant.now().minus(settings.maxCodeAge());
        while (!pending.isEmpty()) {
            ScannedCode code = pending.removeFirst();
            if (!code.readAt().isBefore(oldest)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private void online() {
        changeState(DeviceState.ONLINE, "");
    }

    private void offline(IOException e) {
        changeState(DeviceState.OFFLINE, "transport: " + e.getMessage());
    }

    private void changeState(DeviceState state, String detail) {
        tracker.move(state, MediaState.NOT_APPLICABLE, detail);
    }
}
