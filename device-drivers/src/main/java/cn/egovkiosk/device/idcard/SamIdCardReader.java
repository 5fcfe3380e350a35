package cn.egovkiosk.device.idcard;

import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.IOException;
import java.util.Optional;

/** A resident-ID reader module speaking the SAM serial protocol. */
public final class SamIdCardReader implements IdCardReader {

    public SamIdCardReader(String name, ByteTransport transport) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<ResidentIdentity> poll() throws IOException, CardReadException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public boolean cardPresent() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public DeviceStatus status() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
