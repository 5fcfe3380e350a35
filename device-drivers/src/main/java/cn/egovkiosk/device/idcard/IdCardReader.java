package cn.egovkiosk.device.idcard;

import cn.egovkiosk.device.status.DeviceStatus;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * An identity-card reader (XFS4IoT class IDC). A read follows the card's life: idle, card present, read, wait for
 * removal. A card that was read is not reported again until it has left the field and come back.
 */
public interface IdCardReader extends Closeable {

    /**
     * One attempt: find a card, select it, read it.
     *
     * @return the identity of a newly presented card, empty when no new card is in the field
     * @throws CardReadException when a card is present but could not be read (after the reader's own retries)
     * @throws IOException       when the reader does not answer
     */
    Optional<ResidentIdentity> poll() throws IOException, CardReadException;

    /** True while a card (read or not) is in the field, as seen by the last poll. */
    boolean cardPresent();

    /** The reader's current status. */
    DeviceStatus status();
}
