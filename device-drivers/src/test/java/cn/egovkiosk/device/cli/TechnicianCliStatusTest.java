package cn.egovkiosk.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.transport.PtyLink;
import cn.egovkiosk.device.transport.SerialPortTransport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code status --config FILE} over simulators on real pty pairs. */
class TechnicianCliStatusTest {

    @RegisterExtension
    final PtyLink readerCable = new PtyLink("reader");
    @RegisterExtension
    final PtyLink printerCable = new PtyLink("printer");
    @TempDir
    Path dir;

    @Test
    void statusShowsEveryConfiguredDeviceAndFailsWhileOneIsUnusable() throws Exception {
        readerCable.closeAtEnd(new SamReaderSimulator(readerCable.deviceSide())).start();
        printerCable.closeAtEnd(new EscPosPrinterSimulator(printerCable.deviceSide())).start();
        Path config = write("""
                device.id-reader.type=id-card-reader
                device.id-reader.port=%s
                device.receipt-printer.type=receipt-printer
                device.receipt-printer.port=%s
                """.formatted(readerCable.pair().hostSide(), printerCable.pair().hostSide()));
        Path withScanner = write(Files.readString(config) + """
                device.scanner.type=code-scanner
                device.scanner.port=/dev/ttyACM97
                """);

        CliRun healthy = CliRun.of("status", "--config", config.toString());
        CliRun missingScanner = CliRun.of("status", "--config", withScanner.toString());

        assertThat(healthy.exit()).as(healthy.out()).isEqualTo(0);
        assertThat(healthy.out()).containsPattern("id-reader\\s+id-card-reader\\s+\\S+reader-host\\s+ONLINE")
                .containsPattern("receipt-printer\\s+receipt-printer\\s+\\S+printer-host\\s+ONLINE\\s+OK");
        assertThat(missingScanner.exit()).isEqualTo(1);
        assertThat(missingScanner.out()).containsPattern("scanner\\s+code-scanner\\s+/dev/ttyACM97\\s+OFFLINE")
                .contains("/dev/ttyACM97");
    }

    @Test
    void aBadConfigurationListsItsProblems() throws Exception {
        Path config = write("""
                device.id-reader.type=id-card-reader
                device.printer.type=laser
                device.printer.port=/dev/lp0
                """);

        CliRun run = CliRun.of("status", "--config", config.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("is not usable", "id-reader: port is missing",
                "printer: unknown device type 'laser'");
    }

    @Test
    void aBusyReaderPortShowsAsOffline() throws Exception {
        SerialPortTransport holder = readerCable.hostSide();
        holder.open();
        Path config = write("device.id-reader.type=id-card-reader\ndevice.id-reader.port="
                + readerCable.pair().hostSide() + "\n");

        CliRun run = CliRun.of("status", "--config", config.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsPattern("id-reader\\s+id-card-reader\\s+\\S+\\s+OFFLINE")
                .contains("cannot open");
    }

    @Test
    void watchPrintsEveryChangeAsItHappens() throws Exception {
        EscPosPrinterSimulator printer = printerCable.closeAtEnd(new EscPosPrinterSimulator(printerCable.deviceSide()));
        printer.start();
        Path config = write("device.receipt-printer.type=receipt-printer\ndevice.receipt-printer.port="
                + printerCable.pair().hostSide() + "\ndevice.receipt-printer.option.poll-ms=100\n");
        CompletableFuture<CliRun> watching = CompletableFuture.supplyAsync(
                () -> CliRun.of("status", "--config", config.toString(), "--watch", "2"));

        Thread.sleep(700);
        printer.setPaper(MediaState.OUT);
        CliRun run = watching.get(10, TimeUnit.SECONDS);

        assertThat(run.out()).contains("watching for 2 s", "receipt-printer: ONLINE -> USER_ERROR OUT paper out");
        assertThat(run.exit()).isEqualTo(1);
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "devices", ".properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
