package cn.egovkiosk.admin.certificate;

import cn.egovkiosk.admin.sharing.SharedLookup;
import cn.egovkiosk.admin.sharing.SharedLookup.Result;
import cn.egovkiosk.admin.sharing.SourceNames;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.certificate.CertificateContent;
import cn.egovkiosk.protocol.certificate.CertificateContent.Line;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.submission.Applicant;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Makes a certificate from a template and the resident's shared record, and signs the exact JSON bytes it hands
 * out. Without a record only the templates that certify absence (无房, 无婚姻登记) are issued.
 */
@Component
public class CertificateIssuer {

    private final CertificateSigner signer;
    private final CertificateProperties properties;

    CertificateIssuer(CertificateSigner signer, CertificateProperties properties) {
        this.signer = signer;
        this.properties = properties;
    }

    /**
     * The signed certificate, or empty when the lookup gives nothing to certify (no consent, source down, or no
     * record where the template needs one).
     */
    public Optional<IssuedCertificate> issue(CertificateTemplate template, Applicant applicant, SharedLookup lookup,
            Instant now) {
        List<Line> lines = new ArrayList<>();
        if (lookup.result() == Result.FOUND) {
            lookup.record().facts().forEach(fact -> lines.add(new Line(fact.label(), fact.value())));
        } else if (lookup.result() == Result.NO_RECORD && template.certifiesAbsence()) {
            lines.add(new Line("查询结果", "未查询到申请人的" + SourceNames.zh(template.source())));
        } else {
            return Optional.empty();
        }
        lines.add(new Line("数据来源", "政务数据共享（" + SourceNames.zh(template.source()) + "）"));
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        String code = VerificationCodes.next();
        CertificateContent content = new CertificateContent(template.name(), template.title(), template.issuer(),
                code, issuedAt, issuedAt.atOffset(ZoneOffset.UTC).plus(template.validity()).toInstant(),
                applicant.name(), applicant.idNumber(), lines);
        byte[] bytes = ProtocolJson.mapper().writeValueAsBytes(content);
        Base64.Encoder base64 = Base64.getEncoder();
        return Optional.of(new IssuedCertificate(code, template.name(), signer.publicKey().keyId(),
                base64.encodeToString(bytes), base64.encodeToString(signer.sign(bytes)),
                properties.verifyUrl(code)));
    }
}
