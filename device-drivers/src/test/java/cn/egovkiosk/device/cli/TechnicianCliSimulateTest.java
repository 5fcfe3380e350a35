package cn.egovkiosk.device.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.egovkiosk.device.Await;
import cn.egovkiosk.device.transport.PtyPair;
import cn.egovkiosk.device.transport.TcpPorts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A technician practising: {@code simulate ... --pty DIR} makes the cable and plays the device, typed commands
 * change it, and the other CLI commands talk to it like to real hardware.
 */
class TechnicianCliSimulateTest {

    private static final Pattern KIOSK_SIDE = Pattern.compile("kiosk side of the cable: (\\S+)");

    @TempDir
    Path dir;
    private PipedOutputStream keyboard;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private CompletableFuture<Integer> simulator;


    @AfterEach
    void stopSimulator() throws Exception {
        if (simulator != null && !simulator.isDone()) {
            type("quit");
            simulator.get();
        }
    }

    @Test
    void aSimulatedReaderIsReadByReadCard() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        String port = startSimulator("simulate", "reader", "--pty", dir.toString());

        CliRun noCard = CliRun.of("read-card", "--port", port, "--timeout", "1");
        type("card");
        assertThat(Await.until(Duration.ofSeconds(2), () -> screen().contains("ok: card"))).isTrue();
        CliRun read = CliRun.of("read-card", "--port", port, "--timeout", "5");

        assertThat(noCard.exit()).isEqualTo(4);
        assertThat(read.exit()).as(read.out()).isEqualTo(0);
        assertThat(read.out()).contains("张*", "1101**********002X");

        type("selftest fail");
        type("remove");
        assertThat(Await.until(Duration.ofSeconds(2), () -> screen().contains("ok: remove"))).isTrue();
        CliRun broken = CliRun.of("read-card", "--port", port, "--timeout", "1");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains("reports a fault", "self-test failed");

        type("dance");
        type("quit");
        assertThat(simulator.get()).isEqualTo(0);
        assertThat(screen()).contains("not understood: dance", "simulator stopped");
        assertThat(Files.exists(Path.of(port))).as("cable removed").isFalse();
    }

    @Test
    void aSimulatedHoneywellScannerAnswersScanAndProbe() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        String port = startSimulator("simulate", "scanner", "--pty", dir.toString(), "--trigger", "honeywell",
                "--terminator", "CR");

        CliRun probe = CliRun.of("probe", "--port", port, "--baud", "9600");
        type("code 粤省事:A1B2C3");
        assertThat(Await.until(Duration.ofSeconds(2), () -> screen().contains("ok: code"))).isTrue();
        CliRun scan = CliRun.of("scan", "--port", port, "--trigger", "honeywell", "--terminator", "CR",
                "--timeout", "5");

        assertThat(probe.out()).contains("code scanner", "TRGMOD0");
        assertThat(scan.exit()).as(scan.out()).isEqualTo(0);
        assertThat(scan.out()).contains("scanner triggered", ": 粤省事:A1B2C3");
        type("triggers");
        assertThat(Await.until(Duration.ofSeconds(2), () -> screen().contains("triggers received: 1"))).isTrue();
    }

    @Test
    void aSimulatedPrinterReportsPaperOutToProbe() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        String port = startSimulator("simulate", "printer", "--pty", dir.toString());
        type("paper out");
        assertThat(Await.until(Duration.ofSeconds(2), () -> screen().contains("ok: paper out"))).isTrue();

        CliRun probe = CliRun.of("probe", "--port", port);

        assertThat(probe.exit()).isEqualTo(0);
        assertThat(probe.out()).contains("receipt printer", "USER_ERROR", "paper OUT");
    }

    @Test
    void withoutSocatTheSimulatorListensOnTcp() throws Exception {
        int port = TcpPorts.unused();
        String kioskSide = startSimulator("simulate", "reader", "--tcp", String.valueOf(port));
        type("card");
        assertThat(Await.until(Duration.ofSeconds(2), () -> screen().contains("ok: card"))).isTrue();

        CliRun read = CliRun.of("read-card", "--port", kioskSide, "--timeout", "5");

        assertThat(kioskSide).isEqualTo("tcp://127.0.0.1:" + port);
        assertThat(read.exit()).as(read.out()).isEqualTo(0);
        assertThat(read.out()).contains("张*", "1101**********002X");
    }

    private String startSimulator(String... args) throws IOException {
        keyboard = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keyboard);
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        simulator = CompletableFuture.supplyAsync(() -> new TechnicianCli(in, out, out, Locale.ENGLISH).run(args));
        assertThat(Await.until(Duration.ofSeconds(5), () -> screen().contains("commands:"))).as(this::screen)
                .isTrue();
        Matcher matcher = KIOSK_SIDE.matcher(screen());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private void type(String line) throws IOException {
        keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }
}
