package cn.egovkiosk.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminProperties.TerminalCredential;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class AdminPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void documentedDefaultsApplyWithoutAnySetting() {
        runner.run(context -> {
            AdminProperties properties = context.getBean(AdminProperties.class);
            assertThat(properties.dataDir()).isEqualTo(Path.of("data/admin"));
            assertThat(properties.databaseFile()).isEqualTo(Path.of("data/admin/admin.db"));
            assertThat(properties.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(properties.sqlite().busyTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(properties.sqlite().poolSize()).isEqualTo(4);
            assertThat(properties.polling().interval()).isEqualTo(Duration.ofSeconds(60));
            assertThat(properties.polling().jitter()).isEqualTo(Duration.ofSeconds(15));
            assertThat(properties.terminals()).containsExactly(new TerminalCredential("demo-kiosk-01",
                    "demo-credential-change-me", "思明区政务服务中心"));
        });
    }

    @Test
    void configuredTerminalsReplaceTheDemoTerminal() {
        runner.withPropertyValues("admin.terminals[0].id=t1", "admin.terminals[0].credential=0123456789abcdef",
                "admin.terminals[0].site=湖里区", "admin.polling.interval=2m").run(context -> {
                    AdminProperties properties = context.getBean(AdminProperties.class);
                    assertThat(properties.terminals()).extracting(TerminalCredential::id).containsExactly("t1");
                    assertThat(properties.polling().interval()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(properties.terminals().getFirst().toString()).doesNotContain("0123456789abcdef");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AdminProperties.class)
    static class Bound {
    }
}
