package cn.egovkiosk.kiosk.apply;

import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.identity.ResidentSession.ConfirmedApplication;
import cn.egovkiosk.kiosk.identity.VerifiedIdentity;
import cn.egovkiosk.kiosk.submission.AcceptedSubmission;
import cn.egovkiosk.kiosk.submission.SubmissionIntake;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.FormField;
import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import cn.egovkiosk.protocol.submission.Consent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The last step of every application, from the review or the consent screen: the session's item (or package), its
 * identity and form draft, and the consent given become a stored submission; the session keeps only the masked
 * summary for the done screen. Nothing is stored when the identity failed its check.
 */
@Component
public class ApplicationSubmitter {

    private static final Logger log = LoggerFactory.getLogger(ApplicationSubmitter.class);

    private final SubmissionIntake intake;
    private final Clock clock;

    ApplicationSubmitter(SubmissionIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    /** The consent for {@code item}'s data sources, given now, with the purpose stated on the consent screen. */
    public Consent consentFor(CatalogItem item) {
        return new Consent(item.dataSources(), "办理" + item.name(), clock.instant());
    }

    /** Stores the application; true when it was stored and the session now holds its confirmation. */
    public boolean submit(ResidentSession session, Consent consent) {
        Optional<CatalogItem> item = session.item();
        Optional<VerifiedIdentity> identity = session.identity();
        if (item.isEmpty() || identity.isEmpty() || !identity.get().idNumberValid()) {
            return false;
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (FormField field : item.get().form()) {
            String value = session.formDraft().getOrDefault(field.key(), "").strip();
            if (!value.isEmpty()) {
                form.put(field.key(), value);
            }
        }
        try {
            AcceptedSubmission accepted = intake.accept(item.get().code(), identity.get().applicant(), form, consent);
            session.confirmed(new ConfirmedApplication(item.get(), PersonalDataMask.name(identity.get().name()),
                    PersonalDataMask.idNumber(identity.get().idNumber()), accepted));
            return true;
        } catch (RuntimeException e) {
            // nothing was stored: the resident may try again, no application is lost
            log.error("submission for item {} could not be stored: {}", item.get().code(), e.getClass().getName());
            return false;
        }
    }
}
