package cn.egovkiosk.admin.decision;

import cn.egovkiosk.admin.sharing.SharedLookup;
import cn.egovkiosk.admin.sharing.SharingSession;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.submission.Applicant;
import java.time.LocalDate;

/**
 * What rules may read: the applicant as on the ID card, the day of the decision, and shared data through a session
 * that checks consent and records each access.
 */
public record RuleFacts(Applicant applicant, LocalDate today, SharingSession sharing) {

    SharedLookup lookUp(DataSource source) {
        return sharing.lookUp(source);
    }

    @Override
    public String toString() {
        return "RuleFacts[applicant=" + applicant + ", today=" + today + "]";
    }
}
