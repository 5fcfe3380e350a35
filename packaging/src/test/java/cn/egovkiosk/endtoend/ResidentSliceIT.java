package cn.egovkiosk.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.simulator.PrintedReceipt;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.device.transport.PtyPair;
import cn.egovkiosk.device.transport.SerialPortTransport;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The foundation slice end to end, every part real: the admin server and the kiosk run from their jars as processes on
 * SQLite files; the ID card reader and the receipt printer are the device-drivers simulators on socat pseudo-terminal
 * pairs; Debian's headless Chromium plays the resident.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResidentSliceIT {

    private static final String ID_NUMBER = "11010519491231002X";
    private static final String NAME = "张三";
    private static final String CREDENTIAL = "demo-credential-change-me";
    private static final Duration STEP = Duration.ofSeconds(20);
    /** 城乡居民基本养老保险参保登记: the card fills name, number and address; the phone is typed. */
    private static final By PENSION_TILE = By.id("item-11350203MB0000001A4442115002000");
    private static final String PHONE = "13800000000";

    private static final Path OUT = Path.of(System.getProperty("slice.output.dir", "target/slice"));
    private static PtyPair readerLine;
    private static PtyPair printerLine;
    private static SamReaderSimulator reader;
    private static EscPosPrinterSimulator printer;
    private static AppProcess admin;
    private static AppProcess kiosk;
    private static KioskBrowser browser;

    @BeforeAll
    static void startEverything() throws Exception {
        Files.createDirectories(OUT);
        AppProcess.deleteTree(OUT.resolve("data")); // fresh databases, as a new installation
        Path ptys = Files.createTempDirectory("slice-ptys-");
        readerLine = PtyPair.start(ptys, "reader");
        printerLine = PtyPair.start(ptys, "printer");
        reader = new SamReaderSimulator(new SerialPortTransport(readerLine.deviceSide().toString(), 115200));
        reader.start();
        printer = new EscPosPrinterSimulator(new SerialPortTransport(printerLine.deviceSide().toString(), 115200));
        printer.start();

        admin = AppProcess.start("admin-server", Path.of(System.getProperty("slice.admin.jar")), OUT, OUT.resolve("tmp"),
                List.of("--admin.data-dir=" + OUT.resolve("data/admin"))).awaitReady(Duration.ofSeconds(120));
        kiosk = AppProcess.startKiosk(Path.of(System.getProperty("slice.kiosk.jar")), OUT, OUT.resolve("tmp"),
                List.of("--kiosk.server.url=http://127.0.0.1:" + admin.port(),
                        "--kiosk.server.credential=" + CREDENTIAL,
                        "--kiosk.data-dir=" + OUT.resolve("data/kiosk"),
                        "--kiosk.idle-timeout=8s",
                        "--kiosk.devices.id-reader.port=" + readerLine.hostSide(),
                        "--kiosk.devices.receipt-printer.port=" + printerLine.hostSide()))
                .awaitReady(Duration.ofSeconds(120));
        browser = new KioskBrowser(OUT.resolve("screenshots"));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {browser, kiosk, admin, reader, printer, readerLine, printerLine}) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    @Order(1)
    void aResidentAppliesAndLeavesWithAReceiptCarryingTheTrackingNumber() throws Exception {
        browser.open(kiosk.url("/"));
        browser.await(By.cssSelector(".item-tile"), Duration.ofSeconds(60));
        browser.screenshot("01-home");
        openGuideAndApply();

        reader.present(SimulatedCard.sample());
        assertThat(browser.awaitText(By.id("identity-name"), STEP)).isEqualTo("张*");
        assertThat(browser.awaitText(By.id("identity-id-number"), STEP)).isEqualTo("1101**********002X");
        browser.screenshot("02-identified");
        browser.tap(By.id("confirm-button"), STEP);

        browser.await(By.id("form"), STEP);
        browser.tap(By.id("field-phone"), STEP);
        for (char digit : PHONE.toCharArray()) {
            browser.tap(By.id("kb-" + digit), STEP);
        }
        browser.tap(By.id("form-next"), STEP);
        assertThat(browser.awaitText(By.id("review-applicant-name"), STEP)).contains("张*");
        browser.screenshot("03-review");
        browser.tap(By.id("review-submit"), STEP);

        String tracking = browser.awaitText(By.id("tracking-number"), Duration.ofSeconds(30));
        browser.screenshot("04-done");
        assertThat(tracking).startsWith("ZW");

        assertThat(serverKnows(tracking)).as("the admin server has the submission").isTrue();
        Optional<PrintedReceipt> receipt = printer.awaitReceipt(r -> r.qrPayloads().stream()
                .anyMatch(qr -> qr.contains(tracking)), Duration.ofSeconds(30));
        assertThat(receipt).as("a receipt whose QR carries " + tracking).isPresent();
        assertThat(String.join("\n", receipt.get().textLines())).contains(tracking).doesNotContain(ID_NUMBER, NAME, PHONE);
        reader.remove();
    }

    @Test
    @Order(2)
    void anIdleKioskForgetsTheResidentAndReturnsHome() throws Exception {
        Thread.sleep(2000); // the kiosk sees the card leave before the next one is presented, as at a real counter
        browser.open(kiosk.url("/"));
        openGuideAndApply();
        reader.present(SimulatedCard.sample());
        assertThat(browser.awaitText(By.id("identity-name"), STEP)).isEqualTo("张*");

        browser.await(By.id("home"), Duration.ofSeconds(30));
        browser.screenshot("05-after-idle-timeout");
        assertThat(browser.visitedUrls()).noneMatch(url -> url.contains(ID_NUMBER) || url.contains("1101"));
        reader.remove();
    }

    /** From home to the pension item's service guide, then on to identification. */
    private void openGuideAndApply() {
        browser.tap(PENSION_TILE, Duration.ofSeconds(60));
        browser.await(By.id("guide"), STEP);
        browser.tap(By.id("guide-apply"), STEP);
        browser.await(By.id("identify-status"), STEP);
    }

    @Test
    @Order(3)
    void noLogOfEitherApplicationHoldsTheResidentsIdNumberOrName() throws Exception {
        for (Path log : List.of(admin.log(), kiosk.log())) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(text).as(log.getFileName().toString()).isNotBlank().doesNotContain(ID_NUMBER, NAME,
                    ID_NUMBER.toLowerCase());
        }
    }

    @Test
    @Order(4)
    void theKioskRanOnTheBeanDefinitionsSpringAotGeneratedAtBuildTime() throws Exception {
        assertThat(Files.readString(kiosk.log(), StandardCharsets.UTF_8))
                .contains("Starting AOT-processed KioskApplication");
    }

    private static boolean serverKnows(String tracking) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(admin.url(TerminalApi.submission(tracking)))
                    .header("Authorization", "Bearer " + CREDENTIAL).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && ProtocolJson.mapper().readValue(response.body(), SubmissionAck.class).trackingNumber()
                            .equals(tracking);
        }
    }
}
