package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.admin.support.AdminProperties.Polling;
import cn.egovkiosk.admin.support.AdminProperties.Sqlite;
import cn.egovkiosk.admin.support.AdminProperties.TerminalCredential;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalCredentialsTest {

    static AdminProperties properties(List<TerminalCredential> terminals) {
        return new AdminProperties(Path.of("unused"), ZoneId.of("Asia/Shanghai"), new Sqlite(Duration.ofSeconds(5), 1),
                new Polling(Duration.ofSeconds(60), Duration.ofSeconds(15)), terminals);
    }

    @Test
    void aCredentialNamesItsTerminalAndNoOther() {
        TerminalCredentials credentials = new TerminalCredentials(properties(List.of(
                new TerminalCredential("kiosk-a", "credential-of-kiosk-a", "思明区"),
                new TerminalCredential("kiosk-b", "credential-of-kiosk-b", "湖里区"))));

        assertThat(credentials.authenticate("credential-of-kiosk-b"))
                .contains(new AuthenticatedTerminal("kiosk-b", "湖里区"));
        assertThat(credentials.authenticate("credential-of-kiosk-c")).isEmpty();
        assertThat(credentials.authenticate("credential-of-kiosk-")).isEmpty();
        assertThat(credentials.terminals()).extracting(AuthenticatedTerminal::id).containsExactly("kiosk-a", "kiosk-b");
    }

    @Test
    void withoutConfigurationOnlyTheDemoTerminalGetsIn() {
        TerminalCredentials credentials = new TerminalCredentials(properties(null));

        assertThat(credentials.authenticate("demo-credential-change-me"))
                .contains(new AuthenticatedTerminal("demo-kiosk-01", "思明区政务服务中心"));
    }

    @Test
    void aShortCredentialIsRefusedAtStartWithoutRepeatingIt() {
        assertThatThrownBy(() -> new TerminalCredentials(properties(List.of(
                new TerminalCredential("kiosk-a", "short-secret", "思明区")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kiosk-a").hasMessageNotContaining("short-secret");
    }

    @Test
    void duplicateTerminalIdsAreRefusedAtStart() {
        assertThatThrownBy(() -> new TerminalCredentials(properties(List.of(
                new TerminalCredential("kiosk-a", "credential-of-kiosk-a", "思明区"),
                new TerminalCredential("kiosk-a", "credential-of-kiosk-b", "湖里区")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unique");
    }
}
