package cn.egovkiosk.admin.progress;

import cn.egovkiosk.admin.publicweb.PublicPage;
import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.protocol.progress.ProgressAnswer;
import cn.egovkiosk.protocol.progress.ProgressQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public progress page {@code /progress}: a form (tracking number, last four characters of the ID number)
 * posted to itself, so nothing typed lands in a URL, a history or a log; the answer shows the item, the status,
 * the applicant masked and the steps. Limited per browser address and per tracking number.
 */
@Controller
class ProgressPage {

    private static final String PATH = "/progress";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProgressLookup lookup;
    private final ProgressGuard guard;
    private final PublicPage page;
    private final ZoneId zone;

    ProgressPage(ProgressLookup lookup, ProgressGuard guard, PublicPage page, AdminProperties properties) {
        this.lookup = lookup;
        this.guard = guard;
        this.page = page;
        this.zone = properties.timeZone();
    }

    @GetMapping(PATH)
    ResponseEntity<String> form(HttpServletRequest request) {
        Locale locale = page.locale(request);
        return page.render(HttpStatus.OK, locale, "progress.title", form(locale), PATH);
    }

    @PostMapping(PATH)
    ResponseEntity<String> query(@RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(defaultValue = "") String idLast4, HttpServletRequest request) {
        Locale locale = page.locale(request);
        if (!guard.admit("address:" + request.getRemoteAddr(), trackingNumber)) {
            return page.render(HttpStatus.TOO_MANY_REQUESTS, locale, "progress.title",
                    message(locale, "progress.tooMany") + form(locale), PATH);
        }
        Optional<ProgressAnswer> answer = lookup.find(new ProgressQuery(trackingNumber, "", idLast4));
        if (answer.isEmpty()) {
            guard.failed(trackingNumber);
            return page.render(HttpStatus.NOT_FOUND, locale, "progress.title",
                    message(locale, "progress.notFound") + form(locale), PATH);
        }
        return page.render(HttpStatus.OK, locale, "progress.title", answer(locale, answer.get()), PATH);
    }

    private String form(Locale locale) {
        String lang = locale.getLanguage().equals("en") ? "?lang=en" : "";
        return "<p>" + page.text(locale, "progress.intro") + "</p><form method=\"post\" action=\"" + PATH + lang
                + "\" autocomplete=\"off\"><label for=\"trackingNumber\">" + page.text(locale, "progress.trackingNumber")
                + "</label><input id=\"trackingNumber\" name=\"trackingNumber\" required maxlength=\"20\""
                + " autocapitalize=\"characters\"><label for=\"idLast4\">" + page.text(locale, "progress.idLast4")
                + "</label><input id=\"idLast4\" name=\"idLast4\" required minlength=\"4\" maxlength=\"4\""
                + " autocapitalize=\"characters\"><button type=\"submit\">" + page.text(locale, "progress.submit")
                + "</button></form>";
    }

    private String message(Locale locale, String key) {
        return "<p class=\"invalid\" id=\"message\" role=\"alert\">" + page.text(locale, key) + "</p>";
    }

    private String answer(Locale locale, ProgressAnswer answer) {
        boolean english = locale.getLanguage().equals("en") && !answer.itemNameEn().isEmpty();
        StringBuilder html = new StringBuilder("<dl id=\"answer\">")
                .append(row(locale, "progress.trackingNumber", answer.trackingNumber()))
                .append(row(locale, "progress.item", english ? answer.itemNameEn() : answer.itemName()))
                .append(row(locale, "progress.applicant", answer.maskedApplicantName()))
                .append("<dt>").append(page.text(locale, "progress.status")).append("</dt><dd id=\"status\">")
                .append(page.text(locale, "submission.status." + answer.status())).append("</dd></dl><h2>")
                .append(page.text(locale, "progress.history")).append("</h2><ol>");
        answer.history().forEach(step -> html.append("<li>").append(PublicPage.escape(TIME.format(step.at()
                .atZone(zone)))).append(" ").append(page.text(locale, "submission.status." + step.status()))
                .append(step.note().isEmpty() ? "" : "：" + PublicPage.escape(step.note())).append("</li>"));
        return html.append("</ol><p><a href=\"").append(PATH).append("\">").append(page.text(locale, "progress.again"))
                .append("</a></p>").toString();
    }

    private String row(Locale locale, String key, String value) {
        return "<dt>" + page.text(locale, key) + "</dt><dd>" + PublicPage.escape(value) + "</dd>";
    }
}
