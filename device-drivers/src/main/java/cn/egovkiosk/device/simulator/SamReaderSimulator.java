package cn.egovkiosk.device.simulator;

import cn.egovkiosk.device.transport.ByteTransport;
import java.io.Closeable;

/** Plays a SAM resident-ID reader module on the device side of a transport. */
public final class SamReaderSimulator implements Closeable {

    public SamReaderSimulator(ByteTransport deviceSide) {
        throw new UnsupportedOperationException("not yet");
    }

    public void start() {
        throw new UnsupportedOperationException("not yet");
    }

    public void present(SimulatedCard card) {
        throw new UnsupportedOperationException("not yet");
    }

    public void remove() {
        throw new UnsupportedOperationException("not yet");
    }

    public boolean cardInField() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
