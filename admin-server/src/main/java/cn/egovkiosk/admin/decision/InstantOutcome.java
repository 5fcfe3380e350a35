package cn.egovkiosk.admin.decision;

import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.submission.InstantDecision;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.util.List;

/**
 * What the intake decided at once for an application: the 秒批 decision (null for items without rules) and the
 * certificates issued.
 */
public record InstantOutcome(InstantDecision decision, List<IssuedCertificate> certificates) {

    /** Nothing decided, nothing issued: an ordinary application. */
    public static final InstantOutcome NONE = new InstantOutcome(null, List.of());

    public InstantOutcome {
        certificates = List.copyOf(certificates);
    }

    /** The status the application starts in: approved when the rules approved it. */
    public SubmissionStatus initialStatus() {
        return decision != null && decision.outcome() == InstantDecision.Outcome.APPROVED ? SubmissionStatus.APPROVED
                : SubmissionStatus.RECEIVED;
    }
}
