package cn.egovkiosk.admin.submission;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.decision.InstantOutcome;
import cn.egovkiosk.admin.decision.InstantOutcomes;
import cn.egovkiosk.admin.submission.SubmissionRepository.StoredSubmission;
import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.terminal.AuthenticatedTerminal;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import cn.egovkiosk.protocol.submission.TrackingNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in applications exactly once per idempotency key. A replay of a stored key gets the first answer and
 * stores nothing; two copies arriving at the same moment are settled by the key's unique constraint, and the loser
 * answers as a replay. Log lines name keys, tracking numbers, items and terminals, never the applicant.
 *
 * <p>秒批 rules and certificates ({@link InstantOutcomes}) are worked out before the application's transaction, so
 * that shared data is not fetched while the database is locked, and stored in it; a replay returns them unchanged.
 */
@Service
class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);

    private final SubmissionRepository repository;
    private final PublishedCatalog catalog;
    private final InstantOutcomes instant;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    SubmissionIntake(SubmissionRepository repository, PublishedCatalog catalog, InstantOutcomes instant,
            TransactionTemplate transaction, Clock clock, AdminProperties properties) {
        this.repository = repository;
        this.catalog = catalog;
        this.instant = instant;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /**
     * @param idempotencyKeyHeader the {@code Idempotency-Key} header as sent, may be null
     * @throws ApiProblem when the request is refused
     */
    Intake accept(AuthenticatedTerminal terminal, String idempotencyKeyHeader, Submission submission) {
        UUID key = SubmissionRules.checkedKey(idempotencyKeyHeader, submission);
        String fingerprint = SubmissionFingerprint.of(submission);
        Optional<StoredSubmission> earlier = repository.findByIdempotencyKey(key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), terminal, fingerprint);
        }
        if (!catalog.isKnownItem(submission.itemCode())) {
            throw ApiProblem.unprocessable("itemCode does not name a service item of the catalog.");
        }
        InstantOutcome outcome = instant.evaluate(terminal.id(), submission);
        SubmissionAck ack;
        try {
            ack = transaction.execute(status -> store(terminal, submission, fingerprint, outcome));
        } catch (DataAccessException e) {
            // a concurrent copy won the unique constraint (its transaction rolled back, sequence number included):
            // answer as its replay, or fail if it was something else
            StoredSubmission winner = repository.findByIdempotencyKey(key).orElseThrow(() -> e);
            log.debug("Submission {} arrived twice at once; the copy stored first answers", key);
            return replay(winner, terminal, fingerprint);
        }
        log.info("Submission {} received as {} for item {} from terminal {}", key, ack.trackingNumber(),
                submission.itemCode(), terminal.id());
        return new Intake(ack, false);
    }

    private SubmissionAck store(AuthenticatedTerminal terminal, Submission submission, String fingerprint,
            InstantOutcome outcome) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate day = LocalDate.ofInstant(now, zone);
        String tracking = TrackingNumber.of(day,
                repository.nextSequence(DateTimeFormatter.BASIC_ISO_DATE.format(day)));
        SubmissionAck ack = new SubmissionAck(submission.idempotencyKey(), tracking, outcome.initialStatus(), now,
                outcome.decision(), outcome.certificates());
        repository.insert(submission, new StoredSubmission(ack, terminal.id(), fingerprint));
        instant.save(tracking, outcome);
        return ack;
    }

    private Intake replay(StoredSubmission stored, AuthenticatedTerminal terminal, String fingerprint) {
        if (!stored.terminalId().equals(terminal.id()) || !stored.fingerprint().equals(fingerprint)) {
            log.warn("Idempotency key {} reused by terminal {} for other content", stored.ack().idempotencyKey(),
                    terminal.id());
            throw ApiProblem.conflict("This Idempotency-Key was already used for another submission.");
        }
        log.info("Submission {} replayed by terminal {}: answered {}", stored.ack().idempotencyKey(), terminal.id(),
                stored.ack().trackingNumber());
        return new Intake(instant.completed(stored.ack()), true);
    }

    /**
     * The answer to a submission.
     *
     * @param replay true when the key was stored before and nothing new was stored
     */
    record Intake(SubmissionAck ack, boolean replay) {
    }
}
