package cn.egovkiosk.kiosk.outcome;

import cn.egovkiosk.kiosk.submission.OutboxForwarder;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The server's full answers (decision, certificates) for the done screen, which may open after the answer arrived.
 * Certificates hold personal data, so answers live in memory only, are handed out once, and are dropped unclaimed
 * after a few minutes; the outbox keeps only the tracking number.
 */
@Component
public class Acknowledgements {

    static final Duration KEPT_FOR = Duration.ofMinutes(5);

    private final OutboxForwarder forwarder;
    private final Map<UUID, Held> held = new ConcurrentHashMap<>();

    Acknowledgements(OutboxForwarder forwarder) {
        this.forwarder = forwarder;
        forwarder.onAcknowledged(this::arrived);
    }

    /**
     * Hands the answer for {@code key} to {@code listener} once: at once if it is here, else when it arrives (on the
     * forwarder's thread). Remove the registration when no longer waiting.
     */
    public Registration await(UUID key, Consumer<SubmissionAck> listener) {
        Consumer<SubmissionAck> once = ack -> {
            if (ack.idempotencyKey().equals(key) && held.remove(key) != null) {
                listener.accept(ack);
            }
        };
        // subscribe before looking, so an answer in between is not missed
        Registration registration = forwarder.onAcknowledged(once);
        Held present = held.get(key);
        if (present != null) {
            once.accept(present.ack());
        }
        return registration;
    }

    private void arrived(SubmissionAck ack) {
        long now = System.nanoTime();
        held.values().removeIf(old -> now - old.arrivedNanos() > KEPT_FOR.toNanos());
        held.put(ack.idempotencyKey(), new Held(ack, now));
    }

    /** An answer and when it came; toString shows nothing of the certificates. */
    private record Held(SubmissionAck ack, long arrivedNanos) {

        @Override
        public String toString() {
            return "Held[" + ack.trackingNumber() + "]";
        }
    }
}
