package cn.egovkiosk.device.transport;

import java.io.IOException;
import java.time.Duration;

/** A TCP client connection to a device or simulator; {@link #open()} reconnects after a disconnect. */
public final class TcpClientTransport implements ByteTransport {

    public TcpClientTransport(String host, int port) {
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
