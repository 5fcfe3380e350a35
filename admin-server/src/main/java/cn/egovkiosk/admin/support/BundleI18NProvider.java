package cn.egovkiosk.admin.support;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * UI texts from {@code messages.properties} (zh-CN, the default) and {@code messages_en.properties}. The bundle
 * lookup does not fall back to the JVM's locale: on an English server a Chinese browser still gets Chinese.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    static final String BUNDLE = "messages";
    static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String text = ResourceBundle.getBundle(BUNDLE, locale == null ? LOCALES.getFirst() : locale, NO_FALLBACK)
                    .getString(key);
            return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
