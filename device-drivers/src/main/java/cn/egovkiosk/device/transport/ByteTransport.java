package cn.egovkiosk.device.transport;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/**
 * A byte pipe to one device: a serial port, a TCP socket or an in-memory pipe in tests. Protocol code depends only on
 * this, so the same driver runs over every transport (the Eclipse Leshan split of protocol core and transport).
 */
public interface ByteTransport extends Closeable {

    /** Opens the transport; calling it on an open transport does nothing. */
    void open() throws IOException;

    /** True while the transport is open and its peer has not gone away. */
    boolean isOpen();

    /** Writes all bytes and flushes them. */
    void write(byte[] bytes) throws IOException;

    /**
     * Reads up to {@code buffer.length - offset} bytes, waiting at most {@code timeout} for the first byte.
     *
     * @return the number of bytes read, 0 on timeout
     * @throws IOException when the peer went away (the transport is then closed)
     */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException;

    /** A description for technicians, e.g. {@code serial:/dev/ttyUSB0@115200}. */
    String describe();
}
