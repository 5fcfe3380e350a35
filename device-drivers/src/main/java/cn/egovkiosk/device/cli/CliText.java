package cn.egovkiosk.device.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The CLI's texts from its message bundle: Chinese by default, English when the environment asks for it
 * ({@code EGOV_KIOSK_LANG} or {@code LANG} starting with {@code en}). Every text is a {@link MessageFormat}
 * pattern (so a quote is written twice); arguments are shown as given (no digit grouping: 115200 stays 115200).
 */
final class CliText {

    private static final String BUNDLE = "cn.egovkiosk.device.cli.messages";

    private final ResourceBundle bundle;

    CliText(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English when {@code EGOV_KIOSK_LANG}, else {@code LANG}, starts with "en"; Chinese otherwise. */
    static Locale fromEnvironment() {
        String lang = System.getenv("EGOV_KIOSK_LANG");
        if (lang == null || lang.isBlank()) {
            lang = System.getenv("LANG");
        }
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]);
        }
        return MessageFormat.format(pattern, shown);
    }
}
