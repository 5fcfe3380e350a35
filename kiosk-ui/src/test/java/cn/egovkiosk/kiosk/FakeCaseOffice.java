package cn.egovkiosk.kiosk;

import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import cn.egovkiosk.protocol.certificate.CertificateContent;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.certificate.SigningKey;
import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import cn.egovkiosk.protocol.progress.ProgressAnswer;
import cn.egovkiosk.protocol.progress.ProgressQuery;
import cn.egovkiosk.protocol.submission.InstantDecision;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case handling part of {@link FakeAdminServer}, as the real server does it: a 秒批 decision for items flagged
 * INSTANT_APPROVAL (approved, or referred with unmet conditions when told so), a certificate signed with a fresh
 * Ed25519 test key for items with a certificate template (or, when told so, forged: one byte changed after signing),
 * and progress answers for a tracking number plus the applicant's ID number or its last four characters (with the
 * certificates of an approved application when the ID number was given whole, as read from the card).
 */
public final class FakeCaseOffice {

    public static final String KEY_ID = "test-ed25519";
    public static final String APPROVED_SUMMARY = "符合秒批条件，已自动审批通过";
    public static final String APPROVED_SUMMARY_EN = "All conditions met: approved automatically";
    public static final String CERTIFICATE_TITLE = "社会保险参保缴费证明";

    private final KeyPair key = ed25519();
    private final URI publicUrl;
    private final Map<String, Case> cases = new ConcurrentHashMap<>();
    private volatile List<String> referWith = List.of();
    private volatile boolean forge;

    FakeCaseOffice(URI publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** From now on decisions refer to an officer with these unmet conditions; an empty list approves again. */
    public void referWith(List<String> unmetConditions) {
        referWith = List.copyOf(unmetConditions);
    }

    /** From now on certificates are forged (true) or genuine (false). */
    public void forgeCertificates(boolean forged) {
        forge = forged;
    }

    /** The keys the signing-keys endpoint serves. */
    public SigningKey[] signingKeys() {
        return new SigningKey[] {new SigningKey(KEY_ID, SigningKey.ED25519,
                Base64.getEncoder().encodeToString(key.getPublic().getEncoded()))};
    }

    SubmissionAck acknowledge(UUID id, String trackingNumber, Submission submission, CatalogSnapshot catalog) {
        Instant now = Instant.now();
        Optional<CatalogItem> item = catalog.items().stream().filter(i -> i.code().equals(submission.itemCode()))
                .findFirst();
        InstantDecision decision = null;
        SubmissionStatus status = SubmissionStatus.RECEIVED;
        if (item.isPresent() && item.get().flags().contains(ItemFlag.INSTANT_APPROVAL)) {
            List<String> unmet = referWith;
            decision = unmet.isEmpty()
                    ? new InstantDecision(InstantDecision.Outcome.APPROVED, APPROVED_SUMMARY, APPROVED_SUMMARY_EN,
                            List.of(), now)
                    : new InstantDecision(InstantDecision.Outcome.REFERRED_TO_OFFICER, "部分条件未满足，已转人工审核",
                            "Some conditions are not met: referred to an officer", unmet, now);
            status = unmet.isEmpty() ? SubmissionStatus.APPROVED : SubmissionStatus.ACCEPTED;
        }
        List<IssuedCertificate> certificates = new ArrayList<>();
        if (item.isPresent() && item.get().producesCertificate() && referWith.isEmpty()) {
            certificates.add(certificate(item.get().certificateTemplate(), submission, now));
        }
        cases.put(trackingNumber, new Case(submission, item.map(CatalogItem::name).orElse(submission.itemCode()),
                status, now, List.copyOf(certificates)));
        return new SubmissionAck(id, trackingNumber, status, now, decision, certificates);
    }

    /** The answer to a progress query, empty (404) for an unknown number or a wrong second factor alike. */
    Optional<ProgressAnswer> progress(ProgressQuery query) {
        Case found = cases.get(query.trackingNumber());
        if (found == null) {
            return Optional.empty();
        }
        String idNumber = found.submission().applicant().idNumber();
        boolean matches = query.idNumber().isEmpty() ? !query.idNumberLast4().isEmpty()
                && idNumber.toUpperCase().endsWith(query.idNumberLast4().toUpperCase())
                : idNumber.equalsIgnoreCase(query.idNumber());
        if (!matches) {
            return Optional.empty();
        }
        // as the real server: the certificates only to the card as factor, only when approved
        boolean byCard = !query.idNumber().isEmpty() && found.status() == SubmissionStatus.APPROVED;
        return Optional.of(new ProgressAnswer(query.trackingNumber(), found.itemName(), "", found.status(),
                PersonalDataMask.name(found.submission().applicant().name()),
                List.of(new ProgressAnswer.Step(SubmissionStatus.RECEIVED, found.at(), ""),
                        new ProgressAnswer.Step(found.status(), found.at().plusSeconds(1), "材料齐全，已受理")),
                byCard ? found.certificates() : List.of()));
    }

    private IssuedCertificate certificate(String template, Submission submission, Instant now) {
        String code = "V" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        CertificateContent content = new CertificateContent(template, CERTIFICATE_TITLE, "思明区人力资源和社会保障局", code, now,
                now.plus(Duration.ofDays(90)), submission.applicant().name(), submission.applicant().idNumber(),
                List.of(new CertificateContent.Line("参保险种", "城镇职工基本养老保险"),
                        new CertificateContent.Line("参保状态", "正常参保"),
                        new CertificateContent.Line("累计缴费月数", "156")));
        byte[] signed = ProtocolJson.mapper().writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
        String signature = sign(signed);
        if (forge) {
            // the months changed after signing: what a tampered document looks like
            signed = new String(signed, StandardCharsets.UTF_8).replace("156", "256").getBytes(StandardCharsets.UTF_8);
        }
        return new IssuedCertificate(code, template, KEY_ID, Base64.getEncoder().encodeToString(signed), signature,
                publicUrl + "/verify/" + code);
    }

    private String sign(byte[] content) {
        try {
            Signature signer = Signature.getInstance(SigningKey.ED25519);
            signer.initSign(key.getPrivate());
            signer.update(content);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance(SigningKey.ED25519).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Case(Submission submission, String itemName, SubmissionStatus status, Instant at,
            List<IssuedCertificate> certificates) {

        @Override
        public String toString() {
            return "Case[" + itemName + "]";
        }
    }
}
