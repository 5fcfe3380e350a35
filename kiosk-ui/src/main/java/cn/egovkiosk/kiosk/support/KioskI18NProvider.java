package cn.egovkiosk.kiosk.support;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text a resident sees, from {@code messages.properties} (zh-CN, the default) and {@code messages_en.properties}.
 * No fallback to the JVM's locale: a kiosk whose system runs in English still speaks Chinese first.
 */
@Component
public class KioskI18NProvider implements I18NProvider {

    public static final String BUNDLE = "messages";

    private static final Logger log = LoggerFactory.getLogger(KioskI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = Languages.isEnglish(locale) ? Languages.ENGLISH : Languages.CHINESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, wanted, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
        } catch (MissingResourceException e) {
            log.warn("no message for key {} in {}", key, wanted);
            return key;
        }
    }
}
