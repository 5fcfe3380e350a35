package cn.egovkiosk.device.manager;

import cn.egovkiosk.device.idcard.CardReadException;
import cn.egovkiosk.device.idcard.IdCardReader;
import cn.egovkiosk.device.status.DeviceStatus;
import java.io.IOException;
import java.time.Duration;

/**
 * An ID card reader: every check is a card poll, so a card is noticed within one poll interval, and a poll on a
 * closed port reopens it (the reader does that itself).
 */
final class ReaderDevice extends ManagedDevice {

    private final IdCardReader reader;

    ReaderDevice(DeviceConfig config, IdCardReader reader, Duration interval) {
        super(config, interval, reader);
        this.reader = reader;
    }

    @Override
    DeviceStatus check(DeviceDataListener events) {
        try {
            reader.poll().ifPresent(identity -> events.cardRead(name(), identity));
        } catch (CardReadException e) {
            events.cardUnreadable(name(), e.statusCode());
        } catch (IOException e) {
            // the reader has set its status (offline or hardware error); the next check tries again
        }
        return reader.status();
    }

    @Override
    DeviceStatus currentStatus() {
        return reader.status();
    }
}
