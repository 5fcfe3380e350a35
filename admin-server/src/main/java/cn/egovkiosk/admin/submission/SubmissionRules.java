package cn.egovkiosk.admin.submission;

import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.submission.Applicant;
import cn.egovkiosk.protocol.submission.Submission;
import java.util.UUID;

/** What a submission must carry before it is stored. Messages name the field, never its value. */
final class SubmissionRules {

    static final int MAX_TEXT = 200;

    private SubmissionRules() {
    }

    /** The idempotency key, after checking the header against the body and the body's required fields. */
    static UUID checkedKey(String header, Submission submission) {
        if (header == null || header.isBlank()) {
            throw ApiProblem.badRequest("The " + TerminalApi.IDEMPOTENCY_KEY + " header is required.");
        }
        UUID key;
        try {
            key = UUID.fromString(header.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("The " + TerminalApi.IDEMPOTENCY_KEY + " header must be a UUID.");
        }
        if (!key.equals(submission.idempotencyKey())) {
            throw ApiProblem.badRequest(
                    "The " + TerminalApi.IDEMPOTENCY_KEY + " header must equal the body's idempotencyKey.");
        }
        requireFields(submission);
        return key;
    }

    private static void requireFields(Submission submission) {
        requireText(submission.itemCode(), "itemCode");
        Applicant applicant = submission.applicant();
        if (applicant == null) {
            throw ApiProblem.badRequest("applicant is required.");
        }
        requireText(applicant.cardType(), "applicant.cardType");
        requireText(applicant.idNumber(), "applicant.idNumber");
        requireText(applicant.name(), "applicant.name");
        if (submission.confirmedAt() == null) {
            throw ApiProblem.badRequest("confirmedAt is required.");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest(field + " is required.");
        }
        if (value.length() > MAX_TEXT) {
            throw ApiProblem.badRequest(field + " must have at most " + MAX_TEXT + " characters.");
        }
    }
}
