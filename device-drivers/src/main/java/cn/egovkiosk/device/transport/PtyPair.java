package cn.egovkiosk.device.transport;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** A null-modem pair of pseudo-terminals made by socat: the host side for the driver, the device side for a simulator. */
public final class PtyPair implements Closeable {

    private PtyPair() {
    }

    public static boolean socatAvailable() {
        throw new UnsupportedOperationException("not yet");
    }

    public static PtyPair start(Path dir, String name) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    public Path hostSide() {
        throw new UnsupportedOperationException("not yet");
    }

    public Path deviceSide() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
