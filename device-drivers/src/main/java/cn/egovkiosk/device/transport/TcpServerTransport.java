package cn.egovkiosk.device.transport;

import java.io.IOException;
import java.time.Duration;

/** The device side over TCP: listens on 127.0.0.1, serves one client at a time, accepts the next after a disconnect. */
public final class TcpServerTransport implements ByteTransport {

    public TcpServerTransport(int port) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The port listened on, known after {@link #open()} (useful with port 0). */
    public int localPort() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void open() throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public boolean isOpen() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public String describe() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
