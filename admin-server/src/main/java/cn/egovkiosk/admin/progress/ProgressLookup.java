package cn.egovkiosk.admin.progress;

import cn.egovkiosk.admin.application.ApplicationHistory;
import cn.egovkiosk.admin.certificate.IssuedCertificates;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import cn.egovkiosk.protocol.progress.ProgressAnswer;
import cn.egovkiosk.protocol.progress.ProgressQuery;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import cn.egovkiosk.protocol.submission.TrackingNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Answers a progress query when the second factor matches the applicant's ID number: the whole number (re-read from
 * the card) or its last four characters (typed). Anything else, an unknown number included, is empty, after the
 * same work, so the answer does not tell which numbers exist. The steps come from the application's history.
 */
@Service
class ProgressLookup {

    private final JdbcClient jdbc;
    private final ApplicationHistory history;
    private final IssuedCertificates certificates;

    ProgressLookup(JdbcClient jdbc, ApplicationHistory history, IssuedCertificates certificates) {
        this.jdbc = jdbc;
        this.history = history;
        this.certificates = certificates;
    }

    /**
     * The answer with the application's certificates, for the kiosk to print them when the resident proved with the
     * card who they are (the whole ID number, never the typed last four) and the application was approved.
     */
    Optional<ProgressAnswer> findWithCertificates(ProgressQuery query) {
        Optional<ProgressAnswer> answer = find(query);
        if (query.idNumber().isBlank() || answer.isEmpty() || !approved(answer.get().status())) {
            return answer;
        }
        List<IssuedCertificate> issued = certificates.forApplication(answer.get().trackingNumber());
        return Optional.of(answer.get().withCertificates(issued));
    }

    private static boolean approved(SubmissionStatus status) {
        return status == SubmissionStatus.APPROVED || status == SubmissionStatus.COMPLETED;
    }

    Optional<ProgressAnswer> find(ProgressQuery query) {
        Optional<String> tracking = TrackingNumber.parse(query.trackingNumber() == null ? "" : query.trackingNumber());
        Optional<Row> row = tracking.flatMap(this::row);
        // compare against a dummy when the number is unknown: the same work either way
        String idNumber = row.map(Row::idNumber).orElse("000000000000000000");
        if (!factorMatches(query, idNumber) || row.isEmpty()) {
            return Optional.empty();
        }
        Row found = row.get();
        return Optional.of(new ProgressAnswer(found.trackingNumber(), found.itemName(), found.itemNameEn(),
                found.status(), PersonalDataMask.name(found.name()), history.of(found.trackingNumber())));
    }

    private static boolean factorMatches(ProgressQuery query, String idNumber) {
        String stored = idNumber.toUpperCase(Locale.ROOT);
        if (!query.idNumber().isBlank()) {
            return same(query.idNumber().strip().toUpperCase(Locale.ROOT), stored);
        }
        String last4 = query.idNumberLast4().strip().toUpperCase(Locale.ROOT);
        return last4.length() == 4 && stored.length() >= 4 && same(last4, stored.substring(stored.length() - 4));
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Row> row(String trackingNumber) {
        return jdbc.sql("""
                SELECT s.tracking_number, s.status, s.applicant_id_number, s.applicant_name,
                       COALESCE(i.name, p.name, s.item_code) AS item_name, COALESCE(i.name_en, '') AS item_name_en
                FROM submission s
                LEFT JOIN catalog_item i ON i.code = s.item_code
                LEFT JOIN item_package p ON p.code = s.item_code
                WHERE s.tracking_number = ?""")
                .param(trackingNumber)
                .query((rs, n) -> new Row(rs.getString("tracking_number"),
                        SubmissionStatus.valueOf(rs.getString("status")), rs.getString("applicant_id_number"),
                        rs.getString("applicant_name"), rs.getString("item_name"), rs.getString("item_name_en")))
                .optional();
    }

    /** The stored application as the query needs it; personal data, so toString leaves it out. */
    private record Row(String trackingNumber, SubmissionStatus status, String idNumber, String name, String itemName,
            String itemNameEn) {

        @Override
        public String toString() {
            return "Row[trackingNumber=" + trackingNumber + ", status=" + status + "]";
        }
    }
}
