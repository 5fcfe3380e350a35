package cn.egovkiosk.device.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** A TCP client connection to a device or a simulator; {@link #open()} reconnects after a disconnect. */
public final class TcpClientTransport implements ByteTransport {

    private static final int CONNECT_TIMEOUT_MILLIS = 2000;

    private final String host;
    private final int port;
    private volatile Socket socket;

    public TcpClientTransport(String host, int port) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("TCP port out of range: " + port);
        }
        this.host = host;
        this.port = port;
    }

    @Override
    public synchronized void open() throws IOException {
        if (isOpen()) {
            return;
        }
        Socket candidate = new Socket();
        try {
            candidate.setTcpNoDelay(true);
            candidate.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            SocketStreams.closeQuietly(candidate);
            throw new IOException("cannot connect to " + describe() + ": " + e.getMessage(), e);
        }
        socket = candidate;
    }

    @Override
    public boolean isOpen() {
        Socket current = socket;
        return current != null && !current.isClosed();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        Socket current = connected();
        try {
            SocketStreams.write(current, bytes);
        } catch (IOException e) {
            close();
            throw new IOException(describe() + ": write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        Socket current = connected();
        int n;
        try {
            n = SocketStreams.read(current, buffer, offset, length, timeout);
        } catch (IOException e) {
            close();
            throw new IOException(describe() + ": read failed: " + e.getMessage(), e);
        }
        if (n < 0) {
            close();
            throw new IOException(describe() + ": peer closed the connection");
        }
        return n;
    }

    @Override
    public String describe() {
        return "tcp://" + host + ":" + port;
    }

    @Override
    public synchronized void close() {
        SocketStreams.closeQuietly(socket);
        socket = null;
    }

    private Socket connected() throws IOException {
        Socket current = socket;
        if (current == null || current.isClosed()) {
            throw new IOException(describe() + " is not open");
        }
        return current;
    }
}
