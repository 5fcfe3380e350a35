package cn.egovkiosk.kiosk.apply;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.PrintedReceipt;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.catalog.CatalogSync;
import cn.egovkiosk.kiosk.device.SimulatedDevices;
import cn.egovkiosk.kiosk.identity.CardWatcher;
import cn.egovkiosk.kiosk.submission.Outbox;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A resident's way through the kiosk, home → identify → done, with the real drivers talking to the device-drivers
 * simulators (demo mode) and a real HTTP admin server. The simulated reader and printer are the ones the demo uses.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ApplyFlowTest {

    private static final Duration STEP = Duration.ofSeconds(15);
    private static final FakeAdminServer ADMIN = startAdmin();
    private static final Path DATA = tempDir();

    @Autowired
    ApplicationContext context;
    @Autowired
    SimulatedDevices devices;
    @Autowired
    CatalogSync catalogSync;
    @Autowired
    Outbox outbox;
    @Autowired
    CardWatcher cardWatcher;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        registry.add("kiosk.server.url", () -> ADMIN.url().toString());
        registry.add("kiosk.server.credential", () -> FakeAdminServer.CREDENTIAL);
        registry.add("kiosk.data-dir", DATA::toString);
        registry.add("kiosk.devices.simulated", () -> "true");
        registry.add("kiosk.ack-wait", () -> "3s");
        registry.add("kiosk.outbox.retry-min", () -> "200ms");
        registry.add("kiosk.outbox.retry-max", () -> "1s");
    }

    @AfterAll
    static void stopAdmin() {
        ADMIN.close();
    }

    @BeforeEach
    void openKiosk() {
        ADMIN.submissionsDown(false);
        catalogSync.syncNow();
        KioskUiTestSupport.openUi(context);
    }

    @AfterEach
    void closeKiosk() {
        reader().remove();
        // the kiosk must see the card leave, or it will not report the same card again
        awaitUi("the card leaves the field", STEP, () -> !cardWatcher.cardInField());
        KioskUiTestSupport.closeUi();
    }

    @Test
    void aResidentAppliesAndGetsAReceiptWithTheTrackingNumber(CapturedOutput output) {
        CatalogItem first = ADMIN.catalog().items().getFirst();
        assertThat(byId("home")).isNotNull();
        tap(byId("item-" + first.code()));
        awaitId("identify", STEP);

        reader().present(SimulatedCard.sample());
        awaitId("identity-name", STEP);
        assertThat(textOf("identity-name")).isEqualTo("张*");
        assertThat(textOf("identity-id-number")).isEqualTo("1101**********002X");
        tap(byId("confirm-button"));

        awaitId("tracking-number", STEP);
        String tracking = textOf("tracking-number");
        assertThat(ADMIN.acks.values()).anySatisfy(ack -> assertThat(ack.trackingNumber()).isEqualTo(tracking));
        assertThat(ADMIN.submissions.getLast().itemCode()).isEqualTo(first.code());
        assertThat(ADMIN.submissions.getLast().applicant().idNumber()).isEqualTo(Residents.ID_NUMBER);
        Optional<PrintedReceipt> receipt = awaitReceipt(tracking);
        assertThat(receipt).as("a receipt whose QR carries " + tracking).isPresent();
        assertThat(String.join("\n", receipt.get().textLines())).contains(tracking, "张*", "1101**********002X",
                first.name()).doesNotContain(Residents.ID_NUMBER, Residents.NAME);
        assertThat(outbox.depth()).isZero();

        tap(byId("finish-button"));
        awaitId("home", STEP);
        assertThat(output.getAll()).as("log output").doesNotContain(Residents.ID_NUMBER, Residents.NAME, "张*");
    }

    @Test
    void whenTheServerIsDownTheReceiptPromisesDeliveryAndTheApplicationIsKept(CapturedOutput output) {
        ADMIN.submissionsDown(true);
        tap(byId("item-" + ADMIN.catalog().items().getFirst().code()));
        reader().present(SimulatedCard.sample());
        awaitId("confirm-button", STEP);
        tap(byId("confirm-button"));

        awaitId("local-reference", STEP);
        String reference = textOf("local-reference");
        assertThat(findById("tracking-number")).isEmpty();
        assertThat(outbox.depth()).isEqualTo(1);
        Optional<PrintedReceipt> receipt = awaitReceipt(reference);
        assertThat(receipt).isPresent();
        assertThat(String.join("\n", receipt.get().textLines())).contains(reference, "网络恢复后将自动提交");

        ADMIN.submissionsDown(false);
        awaitUi("the stored application reaches the server", STEP, () -> outbox.depth() == 0);
        assertThat(output.getAll()).doesNotContain(Residents.ID_NUMBER, Residents.NAME);
    }

    @Test
    void anInvalidIdNumberIsRefusedAndNothingIsSubmitted() {
        int submissionsBefore = ADMIN.submissions.size();
        tap(byId("item-" + ADMIN.catalog().items().getFirst().code()));
        reader().present(SimulatedDevices.demoCards().get(2));

        awaitUi("the refusal", STEP, () -> textOf("identify-status").contains("校验未通过"));
        assertThat(findById("confirm-button")).isEmpty();
        assertThat(findById("identity-name")).isEmpty();
        assertThat(outbox.depth()).isZero();
        assertThat(ADMIN.submissions).hasSize(submissionsBefore);

        tap(byId("cancel-button"));
        awaitId("home", STEP);
    }

    @Test
    void theLanguageToggleSwitchesToEnglishAndBack() {
        CatalogItem first = ADMIN.catalog().items().getFirst();
        tap(byId("language-toggle"));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(textOf("item-" + first.code())).contains(first.nameEn());

        tap(byId("language-toggle"));
        assertThat(textOf("item-" + first.code())).contains(first.name());
    }

    private Optional<PrintedReceipt> awaitReceipt(String payload) {
        return devices.printer().orElseThrow().awaitReceipt(r -> r.qrPayloads().stream()
                .anyMatch(qr -> qr.contains(payload)), STEP);
    }

    private SamReaderSimulator reader() {
        return devices.reader().orElseThrow();
    }

    private static FakeAdminServer startAdmin() {
        try {
            return FakeAdminServer.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("kiosk-flow-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
