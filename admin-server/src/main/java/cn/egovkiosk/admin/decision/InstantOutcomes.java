package cn.egovkiosk.admin.decision;

import cn.egovkiosk.admin.catalog.model.CatalogReader;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.certificate.CertificateIssuer;
import cn.egovkiosk.admin.certificate.CertificateTemplate;
import cn.egovkiosk.admin.certificate.IssuedCertificates;
import cn.egovkiosk.admin.sharing.DataSharing;
import cn.egovkiosk.admin.sharing.SharingSession;
import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.submission.InstantDecision;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The intake's instant part: evaluates the item's 秒批 rules and issues its certificate from shared data (both
 * before the application's transaction, which then stores them with it), and completes a stored acknowledgement
 * with them for replays. All local or simulated, this takes milliseconds; the protocol promises the kiosk a decision
 * within a second.
 */
@Service
public class InstantOutcomes {

    private static final Logger log = LoggerFactory.getLogger(InstantOutcomes.class);

    private final CatalogReader catalog;
    private final DataSharing sharing;
    private final CertificateIssuer issuer;
    private final InstantDecisions decisions;
    private final IssuedCertificates certificates;
    private final Clock clock;
    private final ZoneId zone;

    InstantOutcomes(CatalogReader catalog, DataSharing sharing, CertificateIssuer issuer, InstantDecisions decisions,
            IssuedCertificates certificates, Clock clock, AdminProperties properties) {
        this.catalog = catalog;
        this.sharing = sharing;
        this.issuer = issuer;
        this.decisions = decisions;
        this.certificates = certificates;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** Decides and issues for a new application (a package code has neither rules nor a certificate). */
    public InstantOutcome evaluate(String terminalId, Submission submission) {
        Optional<ServiceItem> item = catalog.item(submission.itemCode());
        List<InstantRule> rules = item.map(InstantRuleBook::forItem).orElse(List.of());
        Optional<CertificateTemplate> template = CertificateTemplate.forItem(submission.itemCode());
        if (item.isEmpty() || rules.isEmpty() && template.isEmpty()) {
            return InstantOutcome.NONE;
        }
        long started = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SharingSession session = sharing.session(new DataSharing.Requester(submission.idempotencyKey(), terminalId,
                submission.itemCode()), submission.applicant().idNumber(), submission.consent(),
                purpose(item.get(), rules, template));
        InstantDecision decision = rules.isEmpty() ? null
                : InstantRules.decide(rules, new RuleFacts(submission.applicant(), LocalDate.ofInstant(now, zone),
                        session), now);
        List<IssuedCertificate> issued = template
                .filter(t -> decision == null || decision.outcome() == InstantDecision.Outcome.APPROVED)
                .flatMap(t -> issuer.issue(t, submission.applicant(), session.lookUp(t.source()), now))
                .map(List::of).orElse(List.of());
        log.info("Submission {}: {} rules -> {}, {} certificates in {} ms", submission.idempotencyKey(), rules.size(),
                decision == null ? "no decision" : decision.outcome(), issued.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new InstantOutcome(decision, issued);
    }

    /** Stores what {@link #evaluate} gave; call inside the transaction that stores the application. */
    public void save(String trackingNumber, InstantOutcome outcome) {
        if (outcome.decision() != null) {
            decisions.save(trackingNumber, outcome.decision());
        }
        certificates.save(trackingNumber, outcome.certificates(), clock.instant());
    }

    /** The stored acknowledgement with its decision and certificates, as first returned. */
    public SubmissionAck completed(SubmissionAck stored) {
        return new SubmissionAck(stored.idempotencyKey(), stored.trackingNumber(), stored.status(),
                stored.receivedAt(), decisions.find(stored.trackingNumber()).orElse(null),
                certificates.forApplication(stored.trackingNumber()));
    }

    private static String purpose(ServiceItem item, List<InstantRule> rules, Optional<CertificateTemplate> template) {
        String why = rules.isEmpty() ? "" : "秒批审核";
        String what = template.map(t -> (why.isEmpty() ? "" : "并") + "开具" + t.title()).orElse("");
        return why + what + "：" + item.name();
    }
}
