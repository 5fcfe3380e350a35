package cn.egovkiosk.kiosk.identity;

import cn.egovkiosk.device.idcard.CardReadException;
import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.kiosk.device.DeviceWatcher;
import cn.egovkiosk.kiosk.device.KioskDevices;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls the ID card reader on the device thread all the time, not only while a screen asks for a card: the reader
 * reports a card once until it has left the field, so the kiosk must see every removal. A card just read waits a few
 * seconds to be claimed by one screen (the resident may put the card down while the screen is still changing), and is
 * forgotten when claimed or when nobody claimed it in time.
 */
@Component
public class CardWatcher extends DeviceWatcher<CardEvent> {

    private static final Logger log = LoggerFactory.getLogger(CardWatcher.class);
    private static final Duration PERIOD = Duration.ofMillis(250);
    private static final Duration CLAIM_WINDOW = Duration.ofSeconds(5);

    private volatile boolean cardInField;
    private volatile boolean readerAvailable = true;
    // the read card was still found on a later poll: this reader can tell when it is taken away
    private volatile boolean readCardSeenAfterRead;
    private boolean justRead;
    private ReadCard unclaimed;

    CardWatcher(KioskDevices devices) {
        super(devices, PERIOD);
    }

    /** The identity of the card read last, once: the first caller gets it, later callers get nothing. */
    public synchronized Optional<ResidentIdentity> claim() {
        ReadCard card = unclaimed;
        unclaimed = null;
        return card == null || card.expired() ? Optional.empty() : Optional.of(card.identity());
    }

    /** True while a card is in the field (read or not). */
    public boolean cardInField() {
        return cardInField;
    }

    /** False when there is no reader or it stopped answering. */
    public boolean readerAvailable() {
        return devices.hasReader() && readerAvailable;
    }

    @Override
    protected void pollOnce() {
        try {
            Optional<ResidentIdentity> card = devices.pollCard();
            if (!readerAvailable) {
                log.info("ID card reader answers again");
            }
            readerAvailable = true;
            boolean present = card.isPresent() || devices.cardPresent();
            if (card.isPresent()) {
                hold(new ReadCard(card.get(), System.nanoTime() + CLAIM_WINDOW.toNanos()));
                justRead = true;
                readCardSeenAfterRead = false;
                publish(new CardEvent.Read());
            } else {
                // not cleared on removal: a SAM module stops finding a card once read, so "gone" may mean "read"
                forgetExpired();
                if (justRead && present) {
                    readCardSeenAfterRead = true;
                }
                if (cardInField && !present) {
                    publish(new CardEvent.Removed(justRead && readCardSeenAfterRead));
                    justRead = false;
                    readCardSeenAfterRead = false;
                }
            }
            cardInField = present;
        } catch (CardReadException e) {
            cardInField = true;
            log.warn("ID card could not be read (reader status {})", e.statusCode());
            publish(new CardEvent.ReadFailed(e.statusCode()));
        } catch (IOException e) {
            if (readerAvailable) {
                log.warn("ID card reader not available: {}", e.getClass().getSimpleName());
                publish(new CardEvent.ReaderUnavailable());
            }
            readerAvailable = false;
            cardInField = false;
            hold(null);
        } catch (RuntimeException e) {
            // a driver bug must not end the polling schedule
            log.error("ID card reader poll failed: {}", e.getClass().getName());
        }
    }

    private synchronized void hold(ReadCard card) {
        unclaimed = card;
    }

    private synchronized void forgetExpired() {
        if (unclaimed != null && unclaimed.expired()) {
            unclaimed = null;
        }
    }

    /** A read identity and until when it may be claimed; its toString shows nothing of the identity. */
    private record ReadCard(ResidentIdentity identity, long claimableUntilNanos) {

        boolean expired() {
            return System.nanoTime() > claimableUntilNanos;
        }
    }
}
