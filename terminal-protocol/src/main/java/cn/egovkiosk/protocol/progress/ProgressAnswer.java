package cn.egovkiosk.protocol.progress;

import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.time.Instant;
import java.util.List;

/**
 * The answer to a {@link ProgressQuery} whose second factor matched. An unknown number and a wrong factor get the
 * same 404, so the query cannot be used to learn which numbers exist.
 *
 * @param trackingNumber      the tracking number
 * @param itemName            the item or package applied for (zh-CN)
 * @param itemNameEn          the same in English, may be empty
 * @param status              the current status
 * @param maskedApplicantName the applicant's name, masked ({@code 张*})
 * @param history             every status change, oldest first
 */
public record ProgressAnswer(String trackingNumber, String itemName, String itemNameEn, SubmissionStatus status,
        String maskedApplicantName, List<Step> history) {

    public ProgressAnswer {
        itemNameEn = itemNameEn == null ? "" : itemNameEn;
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * One status change.
     *
     * @param status the status entered
     * @param at     when
     * @param note   the officer's or the system's note for the resident (zh-CN), may be empty
     */
    public record Step(SubmissionStatus status, Instant at, String note) {

        public Step {
            note = note == null ? "" : note;
        }
    }
}
