package cn.egovkiosk.kiosk.apply;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.TYPED_FORM;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.confirmFillAndSubmit;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.startApplying;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.PrintedReceipt;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.device.SimulatedDevices;
import cn.egovkiosk.kiosk.identity.CardEvent;
import cn.egovkiosk.kiosk.submission.Outbox;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A resident's way through the kiosk, home → guide → identify → form → review → done, with the real drivers talking to the device-drivers
 * simulators (demo mode) and a real HTTP admin server. The captured log output must hold no personal data.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApplyFlowTest extends SimulatedKioskTest {

    @Autowired
    Outbox outbox;
    private final AtomicInteger reads = new AtomicInteger();
    private Registration readCounter;

    @BeforeEach
    void countReads() {
        readCounter = cardWatcher.subscribe(event -> {
            if (event instanceof CardEvent.Read) {
                reads.incrementAndGet();
            }
        });
    }

    @AfterEach
    void stopCounting() {
        readCounter.remove();
    }

    @Test
    void aResidentAppliesAndGetsAReceiptWithTheTrackingNumber(CapturedOutput output) {
        CatalogItem first = ADMIN.catalog().items().getFirst();
        assertThat(byId("home")).isNotNull();
        startApplying(first.code());

        reader().present(SimulatedCard.sample());
        awaitId("identity-name", STEP);
        assertThat(textOf("identity-name")).isEqualTo("张*");
        assertThat(textOf("identity-photo")).as("no photo decoder ships: a placeholder").isEqualTo("照片");
        assertThat(textOf("identity-id-number")).isEqualTo("1101**********002X");
        confirmFillAndSubmit(TYPED_FORM);

        awaitId("tracking-number", STEP);
        String tracking = textOf("tracking-number");
        assertThat(ADMIN.acks.values()).anySatisfy(ack -> assertThat(ack.trackingNumber()).isEqualTo(tracking));
        assertThat(ADMIN.submissions.getLast().itemCode()).isEqualTo(first.code());
        assertThat(ADMIN.submissions.getLast().applicant().idNumber()).isEqualTo(Residents.ID_NUMBER);
        assertThat(ADMIN.submissions.getLast().form()).containsEntry("phone", "13912345678")
                .containsEntry("name", Residents.NAME).containsEntry("idNumber", Residents.ID_NUMBER);
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
        startApplying(ADMIN.catalog().items().getFirst().code());
        reader().present(SimulatedCard.sample());
        awaitId("confirm-button", STEP);
        confirmFillAndSubmit(TYPED_FORM);

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
    void anInvalidIdNumberIsRefusedAndNothingIsSubmitted() throws InterruptedException {
        int submissionsBefore = ADMIN.submissions.size();
        startApplying(ADMIN.catalog().items().getFirst().code());
        reader().present(SimulatedDevices.demoCards().get(2));

        awaitUi("the refusal", STEP, () -> textOf("identify-status").contains("校验未通过"));
        Thread.sleep(1_000);
        MockVaadin.runUIQueue();
        assertThat(textOf("identify-status")).as("the refusal stays on the screen").contains("校验未通过");
        assertThat(findById("confirm-button")).isEmpty();
        assertThat(findById("identity-name")).isEmpty();
        assertThat(outbox.depth()).isZero();
        assertThat(ADMIN.submissions).hasSize(submissionsBefore);

        tap(byId("cancel-button"));
        awaitId("home", STEP);
    }

    @Test
    void aCardPutDownWhileTheScreenChangesIsNotLost() {
        int readsBefore = reads.get();
        reader().present(SimulatedCard.sample());
        awaitUi("the card is read", STEP, () -> reads.get() > readsBefore);

        startApplying(ADMIN.catalog().items().getFirst().code());

        awaitId("identity-name", STEP);
        assertThat(textOf("identity-name")).isEqualTo("张*");
    }

    @Test
    void aCardLeftOnTheReaderIsNotOfferedToTheNextResident() throws InterruptedException {
        int readsBefore = reads.get();
        reader().present(SimulatedCard.sample());
        awaitUi("the card is read", STEP, () -> reads.get() > readsBefore);
        Thread.sleep(5_500);

        startApplying(ADMIN.catalog().items().getFirst().code());

        awaitId("identify", STEP);
        Thread.sleep(1_000);
        MockVaadin.runUIQueue();
        assertThat(findById("identity-name")).as("the previous resident's card is not offered").isEmpty();
        assertThat(findById("confirm-button")).isEmpty();
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
}
