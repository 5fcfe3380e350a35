package cn.egovkiosk.device.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.egovkiosk.device.transport.PtyLink;
import cn.egovkiosk.device.transport.SerialPortTransport;
import com.fazecast.jSerialComm.SerialPort;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What a technician is told when the port is missing, busy, not permitted, or the command line is wrong. */
class TechnicianCliPortErrorsTest {

    @RegisterExtension
    final PtyLink link = new PtyLink("errors");

    @TempDir
    Path dir;

    @Test
    void aMissingPortIsNamedWithWhatToCheck() {
        CliRun run = CliRun.of("read-card", "--port", "/dev/ttyUSB97");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("no port /dev/ttyUSB97", "cable", "'ports'");
    }

    @Test
    void aBusyPortSaysAnotherProgramHasIt() throws IOException {
        SerialPortTransport holder = link.hostSide();
        holder.open();

        CliRun run = CliRun.of("probe", "--port", link.pair().hostSide().toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("is busy", "another program", "fuser");
    }

    @Test
    void aPortThisUserMayNotOpenSaysDialoutOrUdev() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root to run the CLI as user nobody");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path device = link.pair().hostSide().toRealPath(); // /dev/pts/N: root:tty 620, closed to nobody

        ProcessBuilder english = new ProcessBuilder(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups", javaExecutable(), "-Djava.io.tmpdir=" + dir, "-cp", classpath(),
                TechnicianCli.class.getName(), "probe", "--port", device.toString())).redirectErrorStream(true);
        english.environment().put("EGOV_KIOSK_LANG", "en");
        Process cli = english.start();
        assertThat(cli.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(cli.exitValue()).as(output).isEqualTo(3);
        assertThat(output).contains("permission denied on " + device, "usermod -aG", "dialout", "udev rule");
    }

    @Test
    void chineseIsTheDefaultLanguage() {
        CliRun missing = CliRun.chinese("read-card", "--port", "/dev/ttyUSB97");
        CliRun wrong = CliRun.chinese("fly");

        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).contains("错误: 没有端口 /dev/ttyUSB97", "请检查线缆");
        assertThat(wrong.err()).contains("未知命令“fly”", "用法:");
    }

    @Test
    void aWrongCommandLineShowsTheUsage() {
        CliRun unknown = CliRun.of("fly", "--port", "/dev/null");
        CliRun noPort = CliRun.of("scan");
        CliRun badOption = CliRun.of("probe", "--port", "/dev/null", "--colour", "red");
        CliRun badTrigger = CliRun.of("scan", "--port", "/dev/null", "--trigger", "voice");

        assertThat(List.of(unknown.exit(), noPort.exit(), badOption.exit(), badTrigger.exit())).containsOnly(2);
        assertThat(unknown.err()).contains("unknown command 'fly'", "usage:");
        assertThat(noPort.err()).contains("scan needs --port");
        assertThat(badOption.err()).contains("probe does not take --colour");
        assertThat(badTrigger.err()).contains("trigger must be continuous or honeywell");
    }

    @Test
    void portsListsWhatTheMachineHas() {
        CliRun run = CliRun.of("ports");

        assertThat(run.exit()).isEqualTo(0);
        for (SerialPort port : SerialPort.getCommPorts()) {
            assertThat(run.out()).contains(port.getSystemPortPath());
        }
        assertThat(run.out()).contains("pseudo-terminals");
    }

    /** The classes and jars of this test run, copied where user nobody may read them. */
    private String classpath() throws IOException, URISyntaxException {
        Path copy = Files.createDirectories(dir.resolve("cp"));
        StringBuilder path = new StringBuilder(Path.of(TechnicianCli.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).toString());
        for (Class<?> type : List.of(SerialPort.class, org.slf4j.Logger.class,
                org.slf4j.simple.SimpleLogger.class)) {
            Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path copied = Files.copy(jar, copy.resolve(jar.getFileName()));
            Files.setPosixFilePermissions(copied, PosixFilePermissions.fromString("rw-r--r--"));
            path.append(File.pathSeparator).append(copied);
        }
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path.toString();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
