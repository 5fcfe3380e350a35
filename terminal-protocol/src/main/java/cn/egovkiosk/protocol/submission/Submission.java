package cn.egovkiosk.protocol.submission;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One application as the kiosk forwards it. The {@code idempotencyKey} is made by the kiosk when the resident
 * confirms and travels in the {@code Idempotency-Key} header too; the server stores a key once.
 *
 * <p>{@link #toString()} leaves out the applicant and the form: records end up in log lines and exception messages,
 * personal data must not.
 *
 * @param idempotencyKey the kiosk-made key of this submission
 * @param itemCode       the service item applied for
 * @param applicant      who applies, from the ID card
 * @param form           form fields by name
 * @param confirmedAt    when the resident confirmed at the kiosk
 */
public record Submission(UUID idempotencyKey, String itemCode, Applicant applicant, Map<String, String> form,
        Instant confirmedAt) {

    public Submission {
        form = form == null ? Map.of() : Map.copyOf(form);
    }

    @Override
    public String toString() {
        return "Submission[idempotencyKey=" + idempotencyKey + ", itemCode=" + itemCode + ", applicant=" + applicant
                + ", form=<" + form.size() + " fields>, confirmedAt=" + confirmedAt + "]";
    }
}
