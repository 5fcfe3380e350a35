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
 * @param itemCode       the service item, or the 一件事 package, applied for
 * @param applicant      who applies, from the ID card
 * @param form           form fields by name
 * @param confirmedAt    when the resident confirmed at the kiosk
 * @param consent        the resident's consent to data sharing for this application, {@link Consent#NONE} if none
 */
public record Submission(UUID idempotencyKey, String itemCode, Applicant applicant, Map<String, String> form,
        Instant confirmedAt, Consent consent) {

    public Submission {
        form = form == null ? Map.of() : Map.copyOf(form);
        consent = consent == null ? Consent.NONE : consent;
    }

    /** A submission without consent to data sharing. */
    public Submission(UUID idempotencyKey, String itemCode, Applicant applicant, Map<String, String> form,
            Instant confirmedAt) {
        this(idempotencyKey, itemCode, applicant, form, confirmedAt, Consent.NONE);
    }

    @Override
    public String toString() {
        return "Submission[idempotencyKey=" + idempotencyKey + ", itemCode=" + itemCode + ", applicant=" + applicant
                + ", form=<" + form.size() + " fields>, confirmedAt=" + confirmedAt + ", consent=" + consent.sources()
                + "]";
    }
}
