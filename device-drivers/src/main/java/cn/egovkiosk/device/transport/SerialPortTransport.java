package cn.egovkiosk.device.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.time.Duration;

/**
 * A serial port, or a pseudo-terminal link, through jSerialComm at 8N1. The path is passed to
 * {@link SerialPort#getCommPort(String)} as is, because port enumeration does not list ptys. When the peer goes away
 * jSerialComm reads return -1 while the port still claims to be open: this transport then closes the port and reports
 * it; {@link #open()} opens it again.
 */
public final class SerialPortTransport implements ByteTransport {

    private final String portPath;
    private final int baudRate;
    private SerialPort port;
    private int configuredTimeoutMillis = -1;

    public SerialPortTransport(String portPath, int baudRate) {
        if (portPath == null || portPath.isBlank()) {
            throw new IllegalArgumentException("serial port path is empty");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, got " + baudRate);
        }
        this.portPath = portPath;
        this.baudRate = baudRate;
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
        configuredTimeoutMillis = -1;
        port = candidate;
    }

    @Override
    public synchronized boolean isOpen() {
        return port != null && port.isOpen();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        SerialPort current = openPort();
        int written = 0;
        while (written < bytes.length) {
            int n = current.writeBytes(bytes, bytes.length - written, written);
            if (n < 0) {
                throw lost("write failed");
            }
            written += n;
        }
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
        synchronized (this) {
            if (millis != configuredTimeoutMillis) {
                current.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, millis, 0);
                configuredTimeoutMillis = millis;
            }
        }
        return current.readBytes(buffer, length, offset);
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
