package cn.egovkiosk.admin.certificate;

import cn.egovkiosk.admin.certificate.CertificateVerification.State;
import cn.egovkiosk.admin.certificate.CertificateVerification.Verification;
import cn.egovkiosk.admin.publicweb.PublicPage;
import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.protocol.certificate.CertificateContent;
import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /verify/{code}}, the page behind a certificate's QR code, public: whether the certificate is valid,
 * and for a valid one a masked summary (title, issuer, holder masked, dates). The certified facts are not shown: the
 * holder has them on paper, a stranger with the code needs only to know the paper is genuine.
 */
@Controller
class VerificationPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CertificateVerification verification;
    private final PublicPage page;
    private final ZoneId zone;

    VerificationPage(CertificateVerification verification, PublicPage page, AdminProperties properties) {
        this.verification = verification;
        this.page = page;
        this.zone = properties.timeZone();
    }

    @GetMapping("/verify/{code}")
    ResponseEntity<String> verify(@PathVariable String code, HttpServletRequest request) {
        Locale locale = page.locale(request);
        Verification result = verification.verify(code.strip().toUpperCase(Locale.ROOT));
        StringBuilder body = new StringBuilder();
        String css = result.state() == State.VALID ? "valid" : "invalid";
        body.append("<p class=\"").append(css).append("\" id=\"verdict\" data-state=\"").append(result.state())
                .append("\"><strong>").append(page.text(locale, "verify.state." + result.state())).append("</strong></p>");
        if (result.content() != null) {
            body.append(summary(locale, result.content()));
        }
        HttpStatus status = result.state() == State.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.OK;
        return page.render(status, locale, "verify.title", body.toString(), "/verify/" + code);
    }

    private String summary(Locale locale, CertificateContent content) {
        return "<dl>" + row(locale, "verify.code", content.verificationCode())
                + row(locale, "verify.certificate", content.title())
                + row(locale, "verify.issuer", content.issuer())
                + row(locale, "verify.holder", PersonalDataMask.name(content.holderName()))
                + row(locale, "verify.idNumber", PersonalDataMask.idNumber(content.holderIdNumber()))
                + row(locale, "verify.issuedAt", time(content.issuedAt()))
                + row(locale, "verify.validUntil", time(content.validUntil())) + "</dl>";
    }

    private String row(Locale locale, String key, String value) {
        return "<dt>" + page.text(locale, key) + "</dt><dd>" + PublicPage.escape(value) + "</dd>";
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }
}
