package cn.egovkiosk.kiosk.submission;

import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Store-and-forward table of accepted submissions. A row is written when the resident confirms and deleted only when
 * the server acknowledged it; the acknowledgement (tracking number, no personal data) stays in {@code submission_ack}.
 */
@Repository
public class Outbox {

    /** How long a row whose payload cannot be opened waits before the next try. */
    static final Duration DAMAGED_RETRY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final OutboxCipher cipher;

    @Autowired
    public Outbox(JdbcTemplate jdbc, TransactionTemplate transactions, KioskProperties properties) {
        this(jdbc, transactions, OutboxCipher.inFolder(properties.dataDir()));
    }

    Outbox(JdbcTemplate jdbc, TransactionTemplate transactions, OutboxCipher cipher) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cipher = cipher;
    }

    /** Stores a confirmed submission, due at once. */
    void accept(Submission submission, Instant acceptedAt) {
        byte[] sealed = cipher.seal(submission.idempotencyKey(), ProtocolJson.mapper().writeValueAsBytes(submission));
        transactions.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO outbox (idempotency_key, item_code, sealed_payload, accepted_at, attempts,"
                        + " next_attempt_at) VALUES (?, ?, ?, ?, 0, ?)", submission.idempotencyKey().toString(),
                submission.itemCode(), sealed, acceptedAt.toString(), acceptedAt.toEpochMilli()));
    }

    /**
     * The submission due first at {@code nowMillis}, if any. A row whose payload cannot be opened (key file lost,
     * damaged bytes) is set aside for {@link #DAMAGED_RETRY} instead of blocking the rows behind it; it is never
     * deleted, so restoring the key brings it back.
     */
    Optional<OutboxEntry> nextDue(long nowMillis) {
        while (true) {
            List<SealedRow> due = jdbc.query("SELECT idempotency_key, sealed_payload, attempts FROM outbox"
                    + " WHERE next_attempt_at <= ? ORDER BY next_attempt_at, accepted_at LIMIT 1",
                    (rs, n) -> new SealedRow(UUID.fromString(rs.getString(1)), rs.getBytes(2), rs.getInt(3)),
                    nowMillis);
            if (due.isEmpty()) {
                return Optional.empty();
            }
            SealedRow row = due.getFirst();
            try {
                byte[] json = cipher.open(row.key(), row.sealed());
                return Optional.of(new OutboxEntry(ProtocolJson.mapper().readValue(json, Submission.class),
                        row.attempts()));
            } catch (RuntimeException damaged) {
                log.error("outbox: payload of submission {} cannot be opened ({}); set aside", row.key(),
                        damaged.getClass().getSimpleName());
                retryLater(row.key(), row.attempts(), Instant.ofEpochMilli(nowMillis).plus(DAMAGED_RETRY),
                        "payload cannot be opened");
            }
        }
    }

    /** When the next row falls due, if there is one. */
    Optional<Long> earliestDue() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MIN(next_attempt_at) FROM outbox", Long.class));
    }

    void retryLater(UUID key, int attempts, Instant nextAttempt, String reason) {
        jdbc.update("UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE idempotency_key = ?",
                attempts, nextAttempt.toEpochMilli(), reason, key.toString());
    }

    /** Deletes the row (and with it the personal data) and keeps the acknowledgement, in one transaction. */
    void acknowledged(String itemCode, SubmissionAck ack, Instant at) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM outbox WHERE idempotency_key = ?", ack.idempotencyKey().toString());
            jdbc.update("INSERT OR REPLACE INTO submission_ack (idempotency_key, item_code, tracking_number, status,"
                    + " acked_at) VALUES (?, ?, ?, ?, ?)", ack.idempotencyKey().toString(), itemCode,
                    ack.trackingNumber(), ack.status().name(), at.toString());
        });
    }

    /** Submissions accepted and not yet acknowledged. */
    public int depth() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox", Integer.class);
    }

    /** The server's tracking number for a submission, once acknowledged. */
    public Optional<String> trackingNumber(UUID key) {
        return jdbc.queryForList("SELECT tracking_number FROM submission_ack WHERE idempotency_key = ?", String.class,
                key.toString()).stream().findFirst();
    }

    /** True while the submission waits in the outbox. */
    public boolean pending(UUID key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE idempotency_key = ?", Integer.class,
                key.toString()) > 0;
    }

    /**
     * The submission behind a local reference ({@link AcceptedSubmission#localReference()}, e.g. {@code L-3F2B8C1E})
     * that this kiosk still knows, waiting or acknowledged: the resident's way to the progress query (and a
     * certificate printed later) after an offline submission, before they know the tracking number.
     */
    public Optional<UUID> keyOfLocalReference(String localReference) {
        String prefix = localReference.strip().toLowerCase(Locale.ROOT).replaceFirst("^l-?", "");
        if (!prefix.matches("[0-9a-f]{8}")) {
            return Optional.empty();
        }
        String sql = "SELECT idempotency_key FROM outbox WHERE substr(idempotency_key, 1, 8) = ? UNION "
                + "SELECT idempotency_key FROM submission_ack WHERE substr(idempotency_key, 1, 8) = ?";
        return jdbc.queryForList(sql, String.class, prefix, prefix).stream().findFirst().map(UUID::fromString);
    }

    private record SealedRow(UUID key, byte[] sealed, int attempts) {
    }
}
