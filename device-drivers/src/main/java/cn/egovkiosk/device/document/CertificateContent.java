package cn.egovkiosk.device.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An A4 certificate (社保参保证明, 公积金缴存证明 …) as the department's data gives it. It holds personal data, so
 * {@link #toString()} shows only the title and number.
 *
 * @param title           e.g. 社会保险参保缴费证明
 * @param number          the certificate number
 * @param holderName      the holder's name as printed (certificates carry the full name)
 * @param holderIdMasked  the holder's ID number, masked (PersonalDataMask.idNumber)
 * @param fields          further labelled facts, in print order
 * @param issuer          the issuing department
 * @param issuedOn        the issue date
 * @param verificationUrl what the QR says: the public verification page
 */
public record CertificateContent(String title, String number, String holderName, String holderIdMasked,
        List<Field> fields, String issuer, LocalDate issuedOn, String verificationUrl) {

    /** One labelled fact, e.g. 参保险种 → 城镇职工基本养老保险. */
    public record Field(String label, String value) {

        public Field {
            Objects.requireNonNull(label, "label");
            value = Objects.requireNonNullElse(value, "");
        }

        @Override
        public String toString() {
            return "Field[" + label + "]";
        }
    }

    public CertificateContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(number, "number");
        holderName = Objects.requireNonNullElse(holderName, "");
        holderIdMasked = Objects.requireNonNullElse(holderIdMasked, "");
        fields = List.copyOf(fields == null ? List.of() : fields);
        issuer = Objects.requireNonNullElse(issuer, "");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }

    @Override
    public String toString() {
        return "CertificateContent[" + title + ", " + number + "]";
    }
}
