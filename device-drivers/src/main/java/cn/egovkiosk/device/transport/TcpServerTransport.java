package cn.egovkiosk.device.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The device side over TCP, for simulators where socat is missing: listens on 127.0.0.1, serves one client at a time
 * and accepts the next client after a disconnect. A client going away is not an error of this transport (it stays
 * open and listening); reads wait for a client to connect within their timeout.
 */
public final class TcpServerTransport implements ByteTransport {

    private final int port;
    private volatile ServerSocket server;
    private volatile Socket client;

    public TcpServerTransport(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("TCP port out of range: " + port);
        }
        this.port = port;
    }

    /** The port listened on, known after {@link #open()} (useful with port 0). */
    public int localPort() {
        ServerSocket current = server;
        if (current == null) {
            throw new IllegalStateException("not open");
        }
        return current.getLocalPort();
    }

    @Override
    public synchronized void open() throws IOException {
        if (isOpen()) {
            return;
        }
        ServerSocket candidate = new ServerSocket();
        try {
            candidate.setReuseAddress(true);
            candidate.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
        } catch (IOException e) {
            SocketStreams.closeQuietly(candidate);
            throw new IOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        server = candidate;
    }

    @Override
    public boolean isOpen() {
        ServerSocket current = server;
        return current != null && !current.isClosed();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        Socket current = client;
        if (current == null) {
            throw new IOException(describe() + ": no client connected");
        }
        try {
            SocketStreams.write(current, bytes);
        } catch (IOException e) {
            dropClient();
            throw new IOException(describe() + ": client went away: " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        Socket current = client != null ? client : accept(timeout);
        if (current == null) {
            return 0;
        }
        try {
            int n = SocketStreams.read(current, buffer, offset, length, timeout);
            if (n < 0) {
                dropClient();
                return 0;
            }
            return n;
        } catch (IOException e) {
            dropClient();
            return 0;
        }
    }

    @Override
    public String describe() {
        ServerSocket current = server;
        return "tcp-server://127.0.0.1:" + (current == null ? port : current.getLocalPort());
    }

    @Override
    public synchronized void close() {
        dropClient();
        SocketStreams.closeQuietly(server);
        server = null;
    }

    private Socket accept(Duration timeout) throws IOException {
        ServerSocket current = server;
        if (current == null || current.isClosed()) {
            throw new IOException(describe() + " is not open");
        }
        current.setSoTimeout((int) Math.clamp(timeout.toMillis(), 1, Integer.MAX_VALUE));
        try {
            Socket accepted = current.accept();
            accepted.setTcpNoDelay(true);
            client = accepted;
            return accepted;
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    private void dropClient() {
        SocketStreams.closeQuietly(client);
        client = null;
    }
}
