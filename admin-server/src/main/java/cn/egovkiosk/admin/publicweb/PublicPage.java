package cn.egovkiosk.admin.publicweb;

import cn.egovkiosk.admin.support.BundleI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a public page: one small HTML document in the resident's language (Chinese unless the browser prefers
 * English, or {@code ?lang=en}), every text from the bundles, every value escaped, never cached.
 */
@Component
public class PublicPage {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;max-width:40rem;margin:2rem auto;
            padding:0 1rem;line-height:1.6;color:#1a1a1a}h1{font-size:1.6rem}
            .valid{color:#0a6b2e}.invalid{color:#a61b1b}dl{display:grid;grid-template-columns:max-content 1fr;
            gap:.3rem 1rem}dt{font-weight:bold}label{display:block;margin-top:.8rem}
            input{font-size:1.2rem;padding:.4rem;width:100%;box-sizing:border-box}
            button{margin-top:1rem;font-size:1.2rem;padding:.5rem 1.5rem}""";

    private final BundleI18NProvider texts;

    PublicPage(BundleI18NProvider texts) {
        this.texts = texts;
    }

    /** The language of the page. */
    public Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            return lang.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        for (Locale wanted : java.util.Collections.list(request.getLocales())) {
            if (wanted.getLanguage().equals("zh")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /** A text of the bundles, HTML-escaped. */
    public String text(Locale locale, String key, Object... params) {
        return escape(texts.getTranslation(key, locale, params));
    }

    /** A value, HTML-escaped. */
    public static String escape(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }

    /**
     * The whole page.
     *
     * @param body already escaped HTML
     */
    public ResponseEntity<String> render(HttpStatus status, Locale locale, String titleKey, String body,
            String path) {
        boolean english = locale.getLanguage().equals("en");
        String html = "<!DOCTYPE html><html lang=\"" + (english ? "en" : "zh-CN") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + text(locale, titleKey) + "</title><style>" + STYLE + "</style></head><body><main>"
                + "<p><a href=\"" + escape(path) + "?lang=" + (english ? "zh" : "en") + "\">"
                + text(locale, "public.language") + "</a></p><h1>" + text(locale, titleKey) + "</h1>" + body
                + "</main></body></html>";
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }
}
