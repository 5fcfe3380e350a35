package cn.egovkiosk.protocol.certificate;

import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import java.time.Instant;
import java.util.List;

/**
 * What a certificate (证明) says: the document the server signs and the kiosk prints. It carries the holder's
 * personal data, so {@link #toString()} masks it.
 *
 * @param template         the template id, e.g. {@code SOCIAL_INSURANCE_RECORD} (社保参保证明)
 * @param title            the title printed on top (zh-CN)
 * @param issuer           the issuing body (zh-CN)
 * @param verificationCode the code the QR carries to the public {@code /verify/{code}} page
 * @param issuedAt         when it was issued
 * @param validUntil       until when it may be relied on
 * @param holderName       the holder's name
 * @param holderIdNumber   the holder's ID number
 * @param lines            the certified facts, in print order
 */
public record CertificateContent(String template, String title, String issuer, String verificationCode,
        Instant issuedAt, Instant validUntil, String holderName, String holderIdNumber, List<Line> lines) {

    public CertificateContent {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    @Override
    public String toString() {
        return "CertificateContent[template=" + template + ", verificationCode=" + verificationCode + ", holder="
                + PersonalDataMask.name(holderName) + "/" + PersonalDataMask.idNumber(holderIdNumber) + ", lines=<"
                + lines.size() + ">]";
    }

    /**
     * One certified fact, e.g. 参保险种 / 城镇职工基本养老保险.
     *
     * @param label the label (zh-CN)
     * @param value the value
     */
    public record Line(String label, String value) {

        @Override
        public String toString() {
            return "Line[label=" + label + ", value=<withheld>]";
        }
    }
}
