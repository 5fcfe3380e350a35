package cn.egovkiosk.device.transport;

import java.io.IOException;
import java.time.Duration;

/** A serial port (or a pty link) through jSerialComm, 8N1. Reopenable after the peer went away. */
public final class SerialPortTransport implements ByteTransport {

    public SerialPortTransport(String portPath, int baudRate) {
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
