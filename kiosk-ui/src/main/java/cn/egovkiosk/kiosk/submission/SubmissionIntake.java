package cn.egovkiosk.kiosk.submission;

import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.protocol.submission.Applicant;
import cn.egovkiosk.protocol.submission.Consent;
import cn.egovkiosk.protocol.submission.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Turns a resident's confirmation into a stored submission; from here on the kiosk owes its delivery. */
@Service
public class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);

    private final Outbox outbox;
    private final OutboxForwarder forwarder;
    private final Clock clock;

    SubmissionIntake(Outbox outbox, OutboxForwarder forwarder, Clock clock) {
        this.outbox = outbox;
        this.forwarder = forwarder;
        this.clock = clock;
    }

    /**
     * Stores the submission in the outbox (one transaction) and wakes the forwarder.
     *
     * @throws IllegalArgumentException when the identity's number failed its check digit
     */
    public AcceptedSubmission accept(String itemCode, ResidentIdentity identity, Map<String, String> form) {
        if (!identity.idNumberValid()) {
            throw new IllegalArgumentException("the document number failed its check; nothing was stored");
        }
        return accept(itemCode, new Applicant(identity.cardType().name(), identity.idNumber(), identity.name()), form);
    }

    /**
     * The same for an applicant whose document number the caller has checked already (a card read, an e-ID verified
     * with its issuing service).
     */
    public AcceptedSubmission accept(String itemCode, Applicant applicant, Map<String, String> form) {
        return accept(itemCode, applicant, form, Consent.NONE);
    }

    /** The same with the resident's consent to fetch shared data for this application ({@link Consent#NONE}: none). */
    public AcceptedSubmission accept(String itemCode, Applicant applicant, Map<String, String> form, Consent consent) {
        Instant now = clock.instant();
        UUID key = UUID.randomUUID();
        outbox.accept(new Submission(key, itemCode, applicant, form, now, consent), now);
        log.info("submission {} for item {} stored in the outbox", key, itemCode);
        forwarder.wake();
        return new AcceptedSubmission(key, itemCode, now);
    }
}
