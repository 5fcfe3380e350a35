package cn.egovkiosk.device.manager;

import cn.egovkiosk.device.idcard.CardReadException;
import cn.egovkiosk.device.idcard.IdCardReader;
import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.device.status.DeviceStatus;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * An ID card reader: every check is a card poll, so a card is noticed within one poll interval, and a poll on a
 * closed port reopens it (the reader does that itself).
 */
final class ReaderDevice implements ManagedDevice {

    private final DeviceConfig config;
    private final IdCardReader reader;
    private final Duration interval;

    ReaderDevice(DeviceConfig config, IdCardReader reader, Duration interval) {
        this.config = config;
        this.reader = reader;
        this.interval = interval;
    }

    @Override
    public DeviceConfig config() {
        return config;
    }

    @Override
    public Duration pollInterval() {
        return interval;
    }

    @Override
    public DeviceStatus check(DeviceDataListener events) {
        try {
            Optional<ResidentIdentity> identity = reader.poll();
            identity.ifPresent(read -> events.cardRead(config.name(), read));
        } catch (CardReadException e) {
            events.cardUnreadable(config.name(), e.statusCode());
        } catch (IOException e) {
            // the reader has set its status (offline or hardware error); the next check tries again
        }
        return reader.status();
    }

    @Override
    public DeviceStatus currentStatus() {
        return reader.status();
    }

    @Override
    public Closeable driver() {
        return reader;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
