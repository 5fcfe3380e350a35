package cn.egovkiosk.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private final BundleI18NProvider provider = new BundleI18NProvider();

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties chinese = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");

        assertThat(chinese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        assertThat(chinese.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void chineseIsTheDefaultEvenOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertThat(provider.getTranslation("nav.submissions", Locale.SIMPLIFIED_CHINESE)).isEqualTo("办件");
            assertThat(provider.getTranslation("nav.submissions", Locale.FRENCH)).isEqualTo("办件");
            assertThat(provider.getTranslation("nav.submissions", Locale.UK)).isEqualTo("Applications");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyIsShownAsSuch() {
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
