package cn.egovkiosk.kiosk.certificate;

import cn.egovkiosk.device.document.CertificateContent.Field;
import cn.egovkiosk.device.document.DocumentTemplates;
import cn.egovkiosk.protocol.certificate.CertificateContent;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a verified certificate out on A4 with the device-drivers certificate template: the certified lines, the
 * holder's name in full (a certificate names its holder) and the ID number masked, the validity, and the QR with the
 * server's public verification URL.
 */
final class CertificateDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final String VALID_UNTIL = "有效期至";

    private CertificateDocuments() {
    }

    /** Certificates are Chinese documents: the template's Chinese labels, whatever the screen's language. */
    static byte[] pdf(DocumentTemplates chinese, IssuedCertificate issued, CertificateContent content, ZoneId zone) {
        List<Field> fields = new ArrayList<>();
        for (CertificateContent.Line line : content.lines()) {
            fields.add(new Field(line.label(), line.value()));
        }
        if (content.validUntil() != null) {
            fields.add(new Field(VALID_UNTIL, DAY.format(content.validUntil().atZone(zone))));
        }
        return chinese.certificate(new cn.egovkiosk.device.document.CertificateContent(content.title(),
                issued.verificationCode(), content.holderName(), PersonalDataMask.idNumber(content.holderIdNumber()),
                fields, content.issuer(), content.issuedAt().atZone(zone).toLocalDate(), issued.verifyUrl()));
    }

    /** The job title: the verification code only, never the holder. */
    static String jobTitle(IssuedCertificate issued) {
        return "certificate-" + issued.verificationCode();
    }
}
