package cn.egovkiosk.device.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A serial port, or a pseudo-terminal link, through jSerialComm at 8N1. The path is passed to
 * {@link SerialPort#getCommPort(String)} as is, because port enumeration does not list ptys. When the peer goes away
 * jSerialComm reads return -1 while the port still claims to be open: this transport then closes the port and reports
 * it; {@link #open()} opens it again. jSerialComm has no write timeout outside Windows and a write to a device that
 * takes no bytes (a stalled USB-CDC printer, an unread pty) blocks forever, so writes run on a writer thread in pieces
 * and are given up, port closed, when no piece went out for the write timeout.
 */
public final class SerialPortTransport implements ByteTransport {

    /** A device that takes no bytes for this long (buffer full, flow stopped, nobody reading) counts as gone. */
    static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);
    private static final int WRITE_PIECE = 512;

    private final String portPath;
    private final int baudRate;
    private final int writeTimeoutMillis;
    private SerialPort port;
    private ExecutorService writer;
    private int configuredTimeoutMillis = -1;

    public SerialPortTransport(String portPath, int baudRate) {
        this(portPath, baudRate, DEFAULT_WRITE_TIMEOUT);
    }

    SerialPortTransport(String portPath, int baudRate, Duration writeTimeout) {
        if (portPath == null || portPath.isBlank()) {
            throw new IllegalArgumentException("serial port path is empty");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, got " + baudRate);
        }
        this.portPath = portPath;
        this.baudRate = baudRate;
        this.writeTimeoutMillis = (int) Math.clamp(writeTimeout.toMillis(), 1, Integer.MAX_VALUE);
    }

    @Override
    public synchronized void open() throws IOException {
        if (port != null) {
            return;
        }
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(portPath);
        } catch (RuntimeException e) {
            throw new IOException("no serial port " + portPath + ": " + e.getMessage(), e);
        }
        candidate.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!candidate.openPort()) {
            throw new IOException("cannot open serial port " + portPath + " (error " + candidate.getLastErrorCode()
                    + ")");
        }
        port = candidate;
        writer = Executors.newSingleThreadExecutor(
                task -> Thread.ofPlatform().daemon().name("serial-write " + portPath).unstarted(task));
        configuredTimeoutMillis = -1;
        configureTimeouts(candidate, 1);
    }

    @Override
    public synchronized boolean isOpen() {
        return port != null && port.isOpen();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        SerialPort current = openPort();
        AtomicInteger progress = new AtomicInteger();
        Future<Boolean> written;
        synchronized (this) {
            if (writer == null || writer.isShutdown()) {
                throw new IOException(describe() + " is not open"); // closed by another thread meanwhile
            }
            written = writer.submit(() -> writeAll(current, bytes, progress));
        }
        try {
            int seen = 0;
            while (true) {
                try {
                    if (!written.get(writeTimeoutMillis, TimeUnit.MILLISECONDS)) {
                        throw lost("write failed");
                    }
                    return;
                } catch (TimeoutException e) {
                    if (progress.get() == seen) {
                        // discarding the output queue lets the stuck writer return once the port is closed
                        current.flushIOBuffers();
                        throw lost("device took no bytes for " + writeTimeoutMillis + " ms");
                    }
                    seen = progress.get();
                }
            }
        } catch (ExecutionException e) {
            throw lost("write failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(describe() + ": write interrupted");
        }
    }

    /** Small pieces, so that a slow but moving device is told apart from a stuck one. */
    private static boolean writeAll(SerialPort current, byte[] bytes, AtomicInteger progress) {
        int written = 0;
        while (written < bytes.length) {
            int n = current.writeBytes(bytes, Math.min(WRITE_PIECE, bytes.length - written), written);
            if (n < 0) {
                return false;
            }
            written += n;
            progress.set(written);
        }
        return true;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        SerialPort current = openPort();
        if (length == 0) {
            return 0;
        }
        int n;
        long millis = timeout.toMillis();
        if (millis <= 0) {
            // semi-blocking with timeout 0 would block forever: look at what is there instead
            int available = current.bytesAvailable();
            if (available < 0) {
                throw lost("peer went away");
            }
            n = available == 0 ? 0 : readSemiBlocking(current, buffer, offset, Math.min(length, available), 1);
        } else {
            n = readSemiBlocking(current, buffer, offset, length, (int) Math.min(millis, Integer.MAX_VALUE));
        }
        if (n < 0) {
            throw lost("peer went away");
        }
        return n;
    }

    private int readSemiBlocking(SerialPort current, byte[] buffer, int offset, int length, int millis) {
        configureTimeouts(current, millis);
        return current.readBytes(buffer, length, offset);
    }

    /** Reads return after the first byte or the timeout; writes block (the writer thread bounds them). */
    private synchronized void configureTimeouts(SerialPort current, int readMillis) {
        if (readMillis != configuredTimeoutMillis) {
            current.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                    readMillis, 0);
            configuredTimeoutMillis = readMillis;
        }
    }

    @Override
    public String describe() {
        return "serial:" + portPath + "@" + baudRate;
    }

    @Override
    public synchronized void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
        if (writer != null) {
            writer.shutdownNow();
            writer = null;
        }
    }

    private synchronized SerialPort openPort() throws IOException {
        if (port == null) {
            throw new IOException(describe() + " is not open");
        }
        return port;
    }

    private IOException lost(String what) {
        close();
        return new IOException(describe() + ": " + what);
    }
}
