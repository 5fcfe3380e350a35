package cn.egovkiosk.kiosk.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.TestDatabase;
import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrolled credential is stored owner-only, survives a restart and replaces the configured one. */
class TerminalCredentialsTest {

    @TempDir
    Path dataDir;

    @Test
    void theEnrolledCredentialIsStoredOwnerOnlyAndWinsOverTheConfiguredOne() throws Exception {
        TerminalCredentials credentials = new TerminalCredentials(properties());
        assertThat(credentials.current()).isEqualTo("configured-secret");
        assertThat(credentials.terminalId()).isEmpty();

        credentials.store(new TerminalCredentialGrant("T-0042", "granted-secret"));
        assertThat(credentials.current()).isEqualTo("granted-secret");
        Path file = dataDir.resolve(TerminalCredentials.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        TerminalCredentials restarted = new TerminalCredentials(properties());
        assertThat(restarted.current()).isEqualTo("granted-secret");
        assertThat(restarted.terminalId()).contains("T-0042");
    }

    @Test
    void aFileOthersCouldReadIsMadeOwnerOnlyAndAnEmptyOneIsIgnored() throws Exception {
        Path file = dataDir.resolve(TerminalCredentials.FILE_NAME);
        Files.writeString(file, "terminalId=T-7\ncredential=old-secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(new TerminalCredentials(properties()).current()).isEqualTo("old-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        Files.writeString(file, "terminalId=T-7\n");
        assertThat(new TerminalCredentials(properties()).current()).isEqualTo("configured-secret");
    }

    private KioskProperties properties() {
        return TestDatabase.properties(dataDir, URI.create("http://127.0.0.1:9"), "configured-secret");
    }
}
