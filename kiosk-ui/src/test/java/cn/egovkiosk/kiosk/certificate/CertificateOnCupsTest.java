package cn.egovkiosk.kiosk.certificate;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.egovkiosk.device.QrImages;
import cn.egovkiosk.device.document.PrivateCups;
import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.device.SimulatedDevices;
import cn.egovkiosk.kiosk.identity.CardWatcher;
import cn.egovkiosk.kiosk.outcome.DoneScreens;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The kiosk with a real A4 queue: a private cupsd with a cups-pdf printer ({@code kiosk.devices.document-printer.queue}),
 * the certificate from the done screen printed through javax.print on A4, its QR decoded from a pdftoppm rendering of
 * what cups-pdf wrote: the server's verification URL. Skipped without cups and cups-pdf.
 */
@SpringBootTest
@ExtendWith(PrivateCups.class)
class CertificateOnCupsTest {

    private static final FakeAdminServer ADMIN = FakeAdminServer.startUnchecked();

    @Autowired
    ApplicationContext context;
    @Autowired
    SimulatedDevices devices;
    @Autowired
    CardWatcher cardWatcher;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        KioskUiTestSupport.demoKioskAgainst(registry, ADMIN, "kiosk-cups-");
        registry.add("kiosk.devices.document-printer.queue", () -> PrivateCups.PDF_QUEUE);
        registry.add("kiosk.devices.document-printer.job-time-limit", () -> "30s");
    }

    @BeforeEach
    void openKiosk() {
        assumeTrue(PrivateCups.instance().seenByJavaxPrint(), "CUPS_SERVER must name the private cupsd at JVM start");
        KioskUiTestSupport.openUi(context);
    }

    @AfterEach
    void closeKiosk() {
        KioskUiTestSupport.removeCardAndCloseUi(devices, cardWatcher);
    }

    @Test
    void theVerifiedCertificateComesOutOfTheCupsQueueWithItsVerificationQr() throws Exception {
        var accepted = DoneScreens.submitAndShowDone(context, DoneScreens.certificateItem(ADMIN.catalog()));

        awaitId("certificate-status-0", Duration.ofSeconds(15));
        awaitUi("printed through CUPS", Duration.ofSeconds(45),
                () -> textOf("certificate-status-0").contains("已打印"));
        assertThat(devices.documentPrinter()).as("a configured queue gets no simulator").isEmpty();

        SubmissionAck ack = ADMIN.acks.get(accepted.idempotencyKey());
        IssuedCertificate issued = ack.certificates().getFirst();
        Path printed = PrivateCups.awaitCupsPdf(issued.verificationCode());
        try {
            // cups-pdf redistils the job, so its text layer is not the kiosk's: checked by pixels (the text is
            // checked on the kiosk's own PDF in DoneScreenTest)
            BufferedImage page = PrivateCups.render(printed, 100);
            assertThat(page.getWidth()).as("A4, not Letter").isBetween(825, 828);
            assertThat(QrImages.decode(page)).contains(issued.verifyUrl());
        } finally {
            Files.deleteIfExists(printed);
        }
    }
}
