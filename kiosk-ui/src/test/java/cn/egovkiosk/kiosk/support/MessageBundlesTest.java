package cn.egovkiosk.kiosk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages say everything: the bundles have the same keys, and no text is left empty. */
class MessageBundlesTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties chinese = load("/messages.properties");
        Properties english = load("/messages_en.properties");

        assertThat(chinese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        assertThat(chinese.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void chineseIsTheDefaultWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            KioskI18NProvider provider = new KioskI18NProvider();

            assertThat(provider.getTranslation("identify.confirm", Locale.SIMPLIFIED_CHINESE)).isEqualTo("确认提交");
            assertThat(provider.getTranslation("identify.confirm", Locale.GERMAN)).isEqualTo("确认提交");
            assertThat(provider.getTranslation("identify.confirm", Locale.UK)).isEqualTo("Confirm");
            assertThat(provider.getTranslation("receipt.tracking-number", Locale.ENGLISH, "ZW1"))
                    .isEqualTo("Tracking number: ZW1");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
