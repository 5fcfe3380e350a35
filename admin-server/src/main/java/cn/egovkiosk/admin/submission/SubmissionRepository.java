package cn.egovkiosk.admin.submission;

import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored applications. Reads for screens and answers return no personal data in the clear: the page gets the
 * applicant masked here, before it leaves storage.
 */
@Repository
class SubmissionRepository {

    private static final RowMapper<StoredSubmission> STORED = (rs, row) -> new StoredSubmission(
            new SubmissionAck(UUID.fromString(rs.getString("idempotency_key")), rs.getString("tracking_number"),
                    SubmissionStatus.valueOf(rs.getString("status")), Instant.parse(rs.getString("received_at"))),
            rs.getString("terminal_id"), rs.getString("fingerprint"));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SubmissionRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<StoredSubmission> findByIdempotencyKey(UUID key) {
        return jdbc.sql("SELECT * FROM submission WHERE idempotency_key = ?").param(key.toString())
                .query(STORED).optional();
    }

    /** The application, if this terminal submitted it. */
    Optional<SubmissionAck> findByTrackingNumber(String trackingNumber, String terminalId) {
        return jdbc.sql("SELECT * FROM submission WHERE tracking_number = ? AND terminal_id = ?")
                .params(trackingNumber, terminalId).query(STORED).optional().map(StoredSubmission::ack);
    }

    /** The next number of the day's sequence; call inside the transaction that stores the application. */
    long nextSequence(String day) {
        jdbc.sql("""
                INSERT INTO tracking_sequence (day, last_value) VALUES (?, 1)
                ON CONFLICT (day) DO UPDATE SET last_value = tracking_sequence.last_value + 1""")
                .param(day).update();
        return jdbc.sql("SELECT last_value FROM tracking_sequence WHERE day = ?").param(day).query(Long.class)
                .single();
    }

    /** Stores the application and publishes {@link ApplicationReceived}; call inside the intake's transaction. */
    void insert(Submission submission, StoredSubmission stored) {
        SubmissionAck ack = stored.ack();
        jdbc.sql("""
                INSERT INTO submission (idempotency_key, tracking_number, terminal_id, item_code, fingerprint,
                    applicant_card_type, applicant_id_number, applicant_name, form_json, confirmed_at, received_at,
                    status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ack.idempotencyKey().toString(), ack.trackingNumber(), stored.terminalId(),
                        submission.itemCode(), stored.fingerprint(), submission.applicant().cardType(),
                        submission.applicant().idNumber(), submission.applicant().name(),
                        ProtocolJson.mapper().writeValueAsString(submission.form()),
                        submission.confirmedAt().toString(), ack.receivedAt().toString(), ack.status().name())
                .update();
        // listeners run now, in this transaction: history and the department queue are written with the row
        events.publishEvent(new ApplicationReceived(ack.trackingNumber(), submission.itemCode(), stored.terminalId(),
                ack.status(), ack.receivedAt()));
    }

    /** The latest applications for the admin page, applicants masked. */
    List<SubmissionOverview> latest(int limit) {
        return jdbc.sql("""
                SELECT s.tracking_number, s.item_code, i.name, i.name_en, s.terminal_id, s.received_at, s.status,
                       s.applicant_name, s.applicant_id_number
                FROM submission s LEFT JOIN catalog_item i ON i.code = s.item_code
                ORDER BY s.received_at DESC, s.id DESC LIMIT ?""")
                .param(limit)
                .query((rs, row) -> new SubmissionOverview(rs.getString("tracking_number"), rs.getString("item_code"),
                        rs.getString("name"), rs.getString("name_en"), rs.getString("terminal_id"),
                        Instant.parse(rs.getString("received_at")), SubmissionStatus.valueOf(rs.getString("status")),
                        PersonalDataMask.name(rs.getString("applicant_name")) + " "
                                + PersonalDataMask.idNumber(rs.getString("applicant_id_number"))))
                .list();
    }

    /**
     * An application as the intake needs it to answer a replay: the first answer, who sent it and what.
     *
     * @param fingerprint SHA-256 of the canonical submission
     */
    record StoredSubmission(SubmissionAck ack, String terminalId, String fingerprint) {
    }

    /** One row of the submissions page; {@code maskedApplicant} is already masked. */
    record SubmissionOverview(String trackingNumber, String itemCode, String itemName, String itemNameEn,
            String terminalId, Instant receivedAt, SubmissionStatus status, String maskedApplicant) {
    }
}
