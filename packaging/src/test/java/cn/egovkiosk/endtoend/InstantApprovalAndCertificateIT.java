package cn.egovkiosk.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.document.PrivateCups;
import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.simulator.PrintedReceipt;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.device.transport.PtyPair;
import cn.egovkiosk.device.transport.SerialPortTransport;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.submission.InstantDecision.Outcome;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 6's "done when", every part real: a resident applies at the kiosk for a 秒批 item that produces a
 * certificate (住房公积金缴存证明打印), is approved on the spot, leaves with a receipt carrying the decision and an A4
 * certificate whose QR leads to the public verification page; the progress query at the kiosk and on the public page
 * says approved. A resident without a housing fund record is referred to an officer and gets no certificate. The admin
 * server and the kiosk run from their jars as processes on SQLite files; the ID card reader and the receipt printer
 * are the device-drivers simulators on socat pty pairs; the A4 printer is a private cupsd with a cups-pdf queue that
 * the kiosk reaches through {@code CUPS_SERVER}; Debian's headless Chromium at 1080x1920 plays the resident.
 */
@ExtendWith(PrivateCups.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstantApprovalAndCertificateIT {

    private static final String ITEM = "12350200MB0000004D4442116001000"; // 住房公积金缴存证明打印
    private static final String ITEM_INITIALS = "gjjjc"; // 公积金缴存
    private static final String CERTIFICATE_TITLE = "公积金缴存证明";
    /** The demo resident with a record in every simulated source. */
    private static final SimulatedCard ZHANG_SAN = SimulatedCard.sample();
    private static final String ZHANG_SAN_ID = "11010519491231002X";
    /** The demo resident with no record anywhere: the rule "has a housing fund record" fails. */
    private static final String WANG_WU_ID = "350203200501010036";
    private static final SimulatedCard WANG_WU = SimulatedCard.resident("王五", "1", "01", LocalDate.of(2005, 1, 1),
            "福建省厦门市思明区湖滨北路10号", WANG_WU_ID, "厦门市公安局思明分局", LocalDate.of(2021, 1, 1),
            LocalDate.of(2031, 1, 1));
    private static final List<String> PERSONAL = List.of(ZHANG_SAN_ID, ZHANG_SAN_ID.toLowerCase(), "张三", WANG_WU_ID,
            "王五");
    private static final String CREDENTIAL = "demo-credential-change-me";
    private static final Duration STEP = ResidentAtTheKiosk.STEP;
    /** Generous: on a loaded CI machine a Spring Boot start takes minutes. */
    private static final Duration STARTUP = Duration.ofSeconds(240);
    private static final Path OUT = Path.of(System.getProperty("slice.output.dir", "target/slice"))
            .resolveSibling("instant-approval");

    private static PtyPair readerLine;
    private static PtyPair printerLine;
    private static SamReaderSimulator reader;
    private static EscPosPrinterSimulator printer;
    private static AppProcess admin;
    private static AppProcess kiosk;
    private static KioskBrowser browser;
    private static String approvedTracking;
    private static String verifyUrl;

    @BeforeAll
    static void startEverything() throws Exception {
        Files.createDirectories(OUT);
        AppProcess.deleteTree(OUT.resolve("data")); // each run starts with fresh databases, as a new installation
        Path ptys = Files.createTempDirectory("instant-ptys-");
        readerLine = PtyPair.start(ptys, "reader");
        printerLine = PtyPair.start(ptys, "printer");
        reader = new SamReaderSimulator(new SerialPortTransport(readerLine.deviceSide().toString(), 115200));
        reader.start();
        printer = new EscPosPrinterSimulator(new SerialPortTransport(printerLine.deviceSide().toString(), 115200));
        printer.start();

        int adminPort = unusedPort();
        admin = AppProcess.start("admin-server", Path.of(System.getProperty("slice.admin.jar")), OUT, OUT.resolve("tmp"),
                List.of("--admin.data-dir=" + OUT.resolve("data/admin"),
                        "--admin.certificates.verify-base-url=http://127.0.0.1:" + adminPort), adminPort)
                .awaitReady(STARTUP);
        kiosk = AppProcess.startKiosk(Path.of(System.getProperty("slice.kiosk.jar")), OUT, OUT.resolve("tmp"),
                List.of("--kiosk.server.url=http://127.0.0.1:" + admin.port(),
                        "--kiosk.server.credential=" + CREDENTIAL,
                        "--kiosk.data-dir=" + OUT.resolve("data/kiosk"),
                        "--kiosk.idle-timeout=300s",
                        "--kiosk.done-return-delay=300s",
                        "--kiosk.devices.id-reader.port=" + readerLine.hostSide(),
                        "--kiosk.devices.receipt-printer.port=" + printerLine.hostSide(),
                        "--kiosk.devices.document-printer.queue=" + PrivateCups.PDF_QUEUE,
                        "--kiosk.devices.document-printer.job-time-limit=120s"),
                unusedPort(), Map.of("CUPS_SERVER", PrivateCups.instance().server()))
                .awaitReady(STARTUP);
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
    void anEntitledResidentIsApprovedOnTheSpotAndLeavesWithReceiptAndVerifiableCertificate() throws Exception {
        Set<Path> spooledBefore = PrintedCertificate.spooledDocuments(PrivateCups.instance());
        ResidentAtTheKiosk resident = applyForTheCertificate("approved", ZHANG_SAN, "张*", "1101**********002X");

        approvedTracking = resident.awaitTrackingNumber();
        assertThat(approvedTracking).startsWith("ZW");
        assertThat(browser.awaitText(By.id("decision-outcome"), STEP)).isEqualTo("已通过（秒批）");
        assertThat(browser.awaitText(By.id("decision-summary"), STEP)).isNotBlank().doesNotContain("张三");
        resident.shot("done-decision");
        String printedStatus = browser.awaitTextContaining(By.id("certificate-status-0"), "已打印",
                Duration.ofSeconds(120));
        // the certificate's heading once its signature was checked: "<title> · <verification code>"
        String heading = browser.awaitTextContaining(By.cssSelector("#certificate-0 .certificate-title"),
                CERTIFICATE_TITLE, STEP);
        resident.shot("done-certificate-printed");
        assertThat(printedStatus).doesNotContain("张三", ZHANG_SAN_ID);

        SubmissionAck stored = acknowledgementOnTheServer(approvedTracking);
        assertThat(stored.decision().outcome()).as("the server's own record").isEqualTo(Outcome.APPROVED);
        assertThat(stored.certificates()).hasSize(1);

        PrintedReceipt receipt = awaitReceiptFor(approvedTracking);
        assertThat(String.join("\n", receipt.textLines()))
                .contains(approvedTracking, "审批结果：已通过（秒批）", "证明 1 份").doesNotContain(ZHANG_SAN_ID, "张三");

        String code = heading.substring(heading.lastIndexOf('·') + 1).strip();
        PrintedCertificate certificate = PrintedCertificate.await(PrivateCups.instance(), spooledBefore, code);
        try {
            BufferedImage page = certificate.printedPage(72);
            ImageIO.write(page, "png", OUT.resolve("screenshots/approved-11-certificate-paper.png").toFile());
            assertThat(page.getWidth()).as("A4 (595 x 842 pt), not Letter").isBetween(594, 596);
            assertThat(page.getHeight()).isBetween(841, 843);
            assertThat(certificate.submittedText()).as("the PDF the kiosk sent to the A4 queue")
                    .contains(CERTIFICATE_TITLE, "张三", "1101**********002X", code).doesNotContain(ZHANG_SAN_ID);
            verifyUrl = certificate.printedQr().orElseThrow(() -> new AssertionError("no QR on the printed page"));
            assertThat(verifyUrl).isEqualTo(admin.url("/verify/" + code).toString());
        } finally {
            certificate.discardPaper();
        }
        reader.remove();
    }

    @Test
    @Order(2)
    void theCertificatesQrLeadsToThePublicPageThatSaysValidWithAMaskedSummary() throws Exception {
        assertThat(verifyUrl).as("the certificate of the first test").isNotNull();
        browser.open(URI.create(verifyUrl));
        assertThat(browser.await(By.id("verdict"), STEP).getDomAttribute("data-state")).isEqualTo("VALID");
        browser.screenshot("verify-valid");
        String page = browser.pageSource();
        assertThat(page).contains(CERTIFICATE_TITLE, "张*", "1101**********002X").doesNotContain("张三", ZHANG_SAN_ID);

        String code = verifyUrl.substring(verifyUrl.lastIndexOf('/') + 1);
        String otherCode = code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A");
        browser.open(admin.url("/verify/" + otherCode));
        assertThat(browser.await(By.id("verdict"), STEP).getDomAttribute("data-state")).as("a code never issued")
                .isNotEqualTo("VALID");
        assertThat(browser.pageSource()).doesNotContain("1101**********002X");
    }

    @Test
    @Order(3)
    void progressSaysApprovedAtTheKioskAndOnThePublicPage() throws Exception {
        assertThat(approvedTracking).as("the application of the first test").isNotNull();
        ResidentAtTheKiosk resident = new ResidentAtTheKiosk(browser, kiosk.url("/"), "progress");
        assertThat(resident.queryProgressWithLastFour(approvedTracking, "002X")).isEqualTo("已批准");
        assertThat(browser.awaitText(By.id("progress-applicant"), STEP)).isEqualTo("张*");
        assertThat(resident.queryProgressWithTheCard(approvedTracking, () -> reader.present(ZHANG_SAN)))
                .isEqualTo("已批准");
        reader.remove();

        browser.open(admin.url("/progress"));
        browser.type(By.id("trackingNumber"), approvedTracking, STEP);
        browser.type(By.id("idLast4"), "1234", STEP);
        browser.tap(By.cssSelector("form button[type=submit]"), STEP);
        assertThat(browser.awaitText(By.id("message"), STEP)).as("a wrong second factor finds nothing").isNotBlank();
        assertThat(browser.count(By.id("status"))).isZero();
        browser.type(By.id("trackingNumber"), approvedTracking, STEP);
        browser.type(By.id("idLast4"), "002X", STEP);
        browser.screenshot("public-progress-form");
        browser.tap(By.cssSelector("form button[type=submit]"), STEP);
        assertThat(browser.awaitText(By.id("status"), STEP)).isEqualTo("已办结（通过）");
        browser.screenshot("public-progress-answer");
        assertThat(browser.pageSource()).contains("张*").doesNotContain("张三", ZHANG_SAN_ID);
    }

    @Test
    @Order(4)
    void aResidentTheRulesDoNotCoverIsReferredToAnOfficerAndGetsNoCertificate() throws Exception {
        Thread.sleep(2000); // the kiosk sees the last card leave before the next one comes, as at a real counter
        Set<Path> spooledBefore = PrintedCertificate.spooledDocuments(PrivateCups.instance());
        ResidentAtTheKiosk resident = applyForTheCertificate("referred", WANG_WU, "王*", "3502**********0036");

        String tracking = resident.awaitTrackingNumber();
        assertThat(browser.awaitText(By.id("decision-outcome"), STEP)).isEqualTo("已转人工审核");
        assertThat(browser.awaitText(By.id("decision-unmet"), STEP)).as("what was not met").contains("住房公积金缴存记录");
        resident.shot("done-referred");
        PrintedReceipt receipt = awaitReceiptFor(tracking);
        assertThat(String.join("\n", receipt.textLines())).contains(tracking, "审批结果：已转人工审核", "未满足")
                .doesNotContain("证明 1 份", WANG_WU_ID, "王五");
        assertThat(browser.count(By.id("certificate-0"))).as("no certificate on the done screen").isZero();
        SubmissionAck stored = acknowledgementOnTheServer(tracking);
        assertThat(stored.decision().outcome()).isEqualTo(Outcome.REFERRED_TO_OFFICER);
        assertThat(stored.certificates()).isEmpty();
        assertThat(PrintedCertificate.spooledDocuments(PrivateCups.instance())).as("no A4 job")
                .isEqualTo(spooledBefore);
        reader.remove();
    }

    @Test
    @Order(5)
    void noUrlAndNoLogOfEitherApplicationHoldsAResidentsIdNumberOrName() throws Exception {
        assertThat(browser.visitedUrls()).noneMatch(url -> PERSONAL.stream().anyMatch(url::contains)
                || url.contains("002X") || url.contains(approvedTracking));
        for (Path log : List.of(admin.log(), kiosk.log())) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(text).as(log.getFileName().toString()).isNotBlank()
                    .doesNotContain(PERSONAL.toArray(String[]::new));
        }
    }

    /** Home to the done screen for the certificate item with one card, one copy, consent to the housing fund. */
    private static ResidentAtTheKiosk applyForTheCertificate(String shotPrefix, SimulatedCard card, String maskedName,
            String maskedIdNumber) throws IOException {
        ResidentAtTheKiosk resident = new ResidentAtTheKiosk(browser, kiosk.url("/"), shotPrefix);
        resident.findItemAndReadItsGuide(ITEM, ITEM_INITIALS);
        reader.present(card);
        resident.confirmIdentity(maskedName, maskedIdNumber);
        resident.fillReviewConsentAndSubmit("1", maskedName, maskedIdNumber, "HOUSING_FUND");
        return resident;
    }

    /** What the admin server answers the terminal for the tracking number (as on a replay). */
    private static SubmissionAck acknowledgementOnTheServer(String tracking) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(admin.url(TerminalApi.submission(tracking)))
                    .header("Authorization", "Bearer " + CREDENTIAL).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return ProtocolJson.mapper().readValue(response.body(), SubmissionAck.class);
        }
    }

    private static PrintedReceipt awaitReceiptFor(String tracking) {
        return printer.awaitReceipt(r -> r.qrPayloads().stream().anyMatch(qr -> qr.contains(tracking)),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no receipt whose QR carries " + tracking));
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
