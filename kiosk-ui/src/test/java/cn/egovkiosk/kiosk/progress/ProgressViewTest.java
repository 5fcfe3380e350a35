package cn.egovkiosk.kiosk.progress;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.DocumentPrinterSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.submission.AcceptedSubmission;
import cn.egovkiosk.kiosk.submission.Outbox;
import cn.egovkiosk.kiosk.submission.SubmissionIntake;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.progress.ProgressQuery;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import cn.egovkiosk.protocol.submission.TrackingNumber;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The progress query from the home screen: the tracking number typed on the on-screen keys and checked locally, the
 * second factor typed or read from the card, the answer with its history; "no application matches" for an unknown
 * number and a wrong factor alike; a clear message offline.
 */
class ProgressViewTest extends SimulatedKioskTest {

    @AfterEach
    void serverBack() {
        ADMIN.progressDown(false);
    }

    @Test
    void theTrackingNumberAndTheLastFourOfTheIdNumberShowTheProgress() {
        String tracking = submittedTrackingNumber();
        openProgress();

        type("progress-key", tracking.substring(TrackingNumber.PREFIX.length()));
        assertThat(textOf("progress-tracking")).isEqualTo(tracking);
        tap(byId("progress-next"));
        tap(byId("progress-use-last4"));
        type("progress-id-key", Residents.ID_NUMBER.substring(14));
        tap(byId("progress-query"));

        awaitId("progress-answer", STEP);
        assertThat(textOf("progress-number")).isEqualTo(tracking);
        assertThat(textOf("progress-status")).isEqualTo("已批准");
        assertThat(textOf("progress-applicant")).isEqualTo("张*");
        assertThat(textOf("progress-step-1")).contains("材料齐全，已受理");
        ProgressQuery sent = ADMIN.progressQueries.getLast();
        assertThat(sent.idNumberLast4()).isEqualTo("002X");
        assertThat(sent.idNumber()).isEmpty();
        assertThat(textOf("progress")).doesNotContain(Residents.NAME, Residents.ID_NUMBER);
        assertThat(findById("progress-print")).as("four typed characters never print a certificate").isEmpty();
    }

    @Test
    void theIdCardReadAgainIsTheSecondFactor() {
        String tracking = submittedTrackingNumber();
        openProgress();
        type("progress-key", tracking.substring(2));
        tap(byId("progress-next"));
        awaitId("progress-use-last4", STEP);

        devices.reader().orElseThrow().present(SimulatedCard.sample());

        awaitId("progress-answer", STEP);
        assertThat(ADMIN.progressQueries.getLast().idNumber()).isEqualTo(Residents.ID_NUMBER);
        assertThat(textOf("progress-applicant")).isEqualTo("张*");
        assertThat(textOf("progress-certificates")).contains("1 份证明可以现在打印");
    }

    @Test
    void aCertificateStoredOfflineIsPrintedLaterWithTheKioskReferenceAndTheCard() {
        ADMIN.submissionsDown(true);
        CatalogItem item = ADMIN.catalog().items().stream().filter(CatalogItem::producesCertificate).findFirst()
                .orElseThrow();
        AcceptedSubmission accepted = context.getBean(SubmissionIntake.class)
                .accept(item.code(), Residents.sample(), Map.of("phone", "13912345678"));
        openProgress();
        tap(byId("progress-use-local"));
        type("progress-key", accepted.localReference().substring(2));
        assertThat(textOf("progress-tracking")).isEqualTo(accepted.localReference());
        tap(byId("progress-next"));
        assertThat(textOf("progress-message")).contains("还保存在本机");
        assertThat(findById("progress-use-last4")).isEmpty();

        ADMIN.submissionsDown(false);
        Outbox outbox = context.getBean(Outbox.class);
        awaitUi("the outbox delivers", STEP, () -> outbox.trackingNumber(accepted.idempotencyKey()).isPresent());
        String tracking = outbox.trackingNumber(accepted.idempotencyKey()).orElseThrow();
        tap(byId("progress-next"));
        assertThat(textOf("progress-found-number")).contains(tracking);
        DocumentPrinterSimulator a4 = devices.documentPrinter().orElseThrow();
        int printedBefore = a4.printed().size();
        devices.reader().orElseThrow().present(SimulatedCard.sample());
        awaitId("progress-print", STEP);
        tap(byId("progress-print"));

        awaitUi("the certificate printed", Duration.ofSeconds(60), () -> a4.printed().size() > printedBefore);
        awaitUi("the printed status", STEP, () -> textOf("certificate-status-0").contains("已打印"));
        assertThat(a4.printed().getLast().title()).doesNotContain(Residents.NAME, Residents.ID_NUMBER);
    }

    @Test
    void anUnknownKioskReferenceIsSaidPlainly() {
        openProgress();
        tap(byId("progress-use-local"));
        type("progress-key", "0000AAAA");
        tap(byId("progress-next"));

        assertThat(textOf("progress-message")).contains("本机没有这个登记号");
        assertThat(byId("progress-message").getClassNames()).contains("problem");
    }

    @Test
    void aMistypedNumberIsCaughtOnTheKioskWithoutAskingTheServer() {
        String tracking = TrackingNumber.of(LocalDate.of(2026, 11, 28), 42);
        String swapped = tracking.substring(0, 14) + tracking.charAt(15) + tracking.charAt(14) + tracking.substring(16);
        int queries = ADMIN.progressQueries.size();
        openProgress();

        type("progress-key", swapped.substring(2));
        tap(byId("progress-next"));

        assertThat(textOf("progress-message")).contains("受理编号不正确");
        assertThat(byId("progress-message").getClassNames()).contains("problem");
        assertThat(findById("progress-use-last4")).isEmpty();
        assertThat(ADMIN.progressQueries).hasSize(queries);
    }

    @Test
    void anUnknownNumberAndAWrongFactorGetTheSameAnswer() {
        String unknown = TrackingNumber.of(LocalDate.of(2025, 1, 2), 999_001);
        String wrongFactor = queryWithLast4(submittedTrackingNumber(), "1234");
        String unknownNumber = queryWithLast4(unknown, "002X");

        assertThat(wrongFactor).contains("没有找到相符的申请").isEqualTo(unknownNumber);
        assertThat(findById("progress-again")).isPresent();
    }

    @Test
    void offlineTheResidentIsToldPlainly() {
        ADMIN.progressDown(true);

        String message = queryWithLast4(TrackingNumber.of(LocalDate.of(2026, 11, 28), 7), "002X");

        assertThat(message).contains("网络暂时不通");
        tap(byId("progress-again"));
        assertThat(textOf("progress-tracking")).isEqualTo(TrackingNumber.PREFIX);
    }

    private String queryWithLast4(String tracking, String last4) {
        openProgress();
        type("progress-key", tracking.substring(2));
        tap(byId("progress-next"));
        tap(byId("progress-use-last4"));
        type("progress-id-key", last4);
        tap(byId("progress-query"));
        awaitUi("the answer", STEP, () -> findById("progress-again").isPresent());
        return textOf("progress-message");
    }

    private void openProgress() {
        findById("progress-back").ifPresent(back -> tap(back));
        tap(byId("progress-entry"));
        awaitId("progress-tracking", STEP);
    }

    private static void type(String pad, String characters) {
        for (char c : characters.toCharArray()) {
            tap(byId(pad + "-" + c));
        }
    }

    private String submittedTrackingNumber() {
        CatalogItem item = ADMIN.catalog().items().stream().filter(CatalogItem::producesCertificate).findFirst()
                .orElseThrow();
        var accepted = context.getBean(SubmissionIntake.class)
                .accept(item.code(), Residents.sample(), Map.of("phone", "13912345678"));
        awaitUi("the acknowledgement", STEP, () -> ADMIN.acks.containsKey(accepted.idempotencyKey()));
        SubmissionAck ack = ADMIN.acks.get(accepted.idempotencyKey());
        return ack.trackingNumber();
    }
}
