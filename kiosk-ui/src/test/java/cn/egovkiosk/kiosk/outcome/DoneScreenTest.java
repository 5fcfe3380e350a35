package cn.egovkiosk.kiosk.outcome;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.DocumentPrinterSimulator;
import cn.egovkiosk.device.simulator.PrintedDocument;
import cn.egovkiosk.device.simulator.PrintedReceipt;
import cn.egovkiosk.kiosk.FakeCaseOffice;
import cn.egovkiosk.kiosk.PrintedPdfs;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The done screen after a 秒批 item with a certificate: the decision on screen and on the receipt (masked applicant),
 * the certificate checked and printed on the simulated A4 printer (text and QR read back from the PDF), a referral
 * with its unmet conditions, English, the offline promise, a forged certificate refused, paper out with "print again".
 */
class DoneScreenTest extends SimulatedKioskTest {

    @AfterEach
    void resetServer() {
        ADMIN.cases.referWith(List.of());
        ADMIN.cases.forgeCertificates(false);
        a4().paperOut(false);
    }

    @Test
    void anApprovedItemShowsAndPrintsTheDecisionAndPrintsTheVerifiedCertificate() throws Exception {
        int receiptsBefore = devices.receipts().size();
        int documentsBefore = a4().printed().size();
        CatalogItem item = DoneScreens.certificateItem(ADMIN.catalog());

        DoneScreens.submitAndShowDone(context, item);

        awaitId("decision", STEP);
        assertThat(byId("decision").getClassNames()).contains("approved");
        assertThat(textOf("decision-outcome")).isEqualTo("已通过（秒批）");
        assertThat(textOf("decision-summary")).isEqualTo(FakeCaseOffice.APPROVED_SUMMARY);
        assertThat(findById("decision-unmet")).isEmpty();
        awaitUi("the certificate printed", STEP, () -> textOf("certificate-status-0").contains("已打印"));
        assertThat(textOf("certificate-0")).contains(FakeCaseOffice.CERTIFICATE_TITLE);
        assertThat(visible("certificate-retry-0")).isFalse();

        PrintedDocument printed = a4().printed().get(documentsBefore);
        IssuedCertificate issued = ADMIN.acks.values().stream().flatMap(ack -> ack.certificates().stream())
                .filter(c -> printed.title().endsWith(c.verificationCode())).findFirst().orElseThrow();
        String text = PrintedPdfs.text(printed.file());
        assertThat(text).contains(FakeCaseOffice.CERTIFICATE_TITLE, issued.verificationCode(), "1101**********002X",
                "城镇职工基本养老保险", "有效期至").doesNotContain(Residents.ID_NUMBER);
        assertThat(PrintedPdfs.qr(printed.file())).contains(issued.verifyUrl());

        PrintedReceipt receipt = awaitReceipt(receiptsBefore);
        String receiptText = String.join("\n", receipt.textLines());
        assertThat(receiptText).contains("审批结果：已通过（秒批）", FakeCaseOffice.APPROVED_SUMMARY, "证明 1 份", "张*",
                "1101**********002X", textOf("tracking-number"));
        assertThat(receiptText).doesNotContain(Residents.NAME, Residents.ID_NUMBER);
    }

    @Test
    void aReferralShowsTheUnmetConditionsOnScreenAndReceiptAndIssuesNoCertificate() {
        ADMIN.cases.referWith(List.of("申请人户籍不在本区"));
        int receiptsBefore = devices.receipts().size();

        DoneScreens.submitAndShowDone(context, DoneScreens.certificateItem(ADMIN.catalog()));

        awaitId("decision", STEP);
        assertThat(byId("decision").getClassNames()).contains("referred");
        assertThat(textOf("decision-outcome")).isEqualTo("已转人工审核");
        assertThat(textOf("decision-unmet")).contains("申请人户籍不在本区");
        assertThat(findById("certificates")).isEmpty();
        String receiptText = String.join("\n", awaitReceipt(receiptsBefore).textLines());
        assertThat(receiptText).contains("审批结果：已转人工审核", "未满足：申请人户籍不在本区")
                .doesNotContain("证明 1 份");
    }

    @Test
    void inEnglishTheServersEnglishSummaryIsShown() {
        Languages.toggle(UI.getCurrent());

        DoneScreens.submitAndShowDone(context, DoneScreens.certificateItem(ADMIN.catalog()));

        awaitId("decision", STEP);
        assertThat(textOf("decision-outcome")).isEqualTo("Approved on the spot");
        assertThat(textOf("decision-summary")).isEqualTo(FakeCaseOffice.APPROVED_SUMMARY_EN);
        awaitId("certificate-status-0", STEP);
        awaitUi("the certificate printed", STEP, () -> textOf("certificate-status-0").contains("Printed"));
    }

    @Test
    void offlineTheReceiptPromisesTheDecisionLaterAndNothingIsPrintedOnA4() {
        ADMIN.submissionsDown(true);
        int receiptsBefore = devices.receipts().size();
        int documentsBefore = a4().printed().size();

        DoneScreens.submitAndShowDone(context, DoneScreens.certificateItem(ADMIN.catalog()));

        awaitId("local-reference", STEP);
        assertThat(textOf("decision-later")).contains("查询办理进度");
        // the certificate is not lost: it waits at the progress query of this kiosk, found by the kiosk reference
        assertThat(textOf("done-status")).contains("已安全保存在本机", "自动提交");
        assertThat(textOf("certificate-later")).contains("稍后在本机打印", "查询办理进度", "本机登记号", "刷身份证");
        assertThat(findById("decision")).isEmpty();
        assertThat(findById("certificates")).isEmpty();
        String receiptText = String.join("\n", awaitReceipt(receiptsBefore).textLines());
        assertThat(receiptText).contains("审批结果稍后告知", textOf("local-reference"), "证明可稍后在本机打印");
        assertThat(a4().printed()).hasSize(documentsBefore);
    }

    @Test
    void aForgedCertificateIsRefusedAndNotPrinted() {
        ADMIN.cases.forgeCertificates(true);
        int documentsBefore = a4().printed().size();

        DoneScreens.submitAndShowDone(context, DoneScreens.certificateItem(ADMIN.catalog()));

        awaitId("certificate-status-0", STEP);
        awaitUi("the refusal", STEP, () -> textOf("certificate-status-0").contains("未通过真伪核验"));
        assertThat(byId("certificate-status-0").getClassNames()).contains("problem");
        assertThat(visible("certificate-retry-0")).as("a forgery does not get better").isFalse();
        assertThat(a4().printed()).hasSize(documentsBefore);
        assertThat(textOf("decision-outcome")).as("the decision itself still shows").isEqualTo("已通过（秒批）");
    }

    @Test
    void outOfPaperSaysSoInPlainWordsAndPrintsOnRetryAfterRefill() {
        a4().paperOut(true);
        int documentsBefore = a4().printed().size();

        DoneScreens.submitAndShowDone(context, DoneScreens.certificateItem(ADMIN.catalog()));

        awaitId("certificate-status-0", STEP);
        awaitUi("paper out", STEP, () -> textOf("certificate-status-0").contains("没纸了"));
        assertThat(visible("certificate-retry-0")).isTrue();
        assertThat(a4().printed()).hasSize(documentsBefore);

        a4().paperOut(false);
        tap(byId("certificate-retry-0"));
        assertThat(textOf("certificate-status-0")).contains("正在打印");
        assertThat(visible("certificate-progress-0")).isTrue();
        awaitUi("printed after the refill", STEP, () -> textOf("certificate-status-0").contains("已打印"));
        assertThat(a4().printed()).hasSize(documentsBefore + 1);
    }

    private static boolean visible(String id) {
        return findById(id).map(component -> component.isVisible()).orElse(false);
    }

    private DocumentPrinterSimulator a4() {
        return devices.documentPrinter().orElseThrow();
    }

    private PrintedReceipt awaitReceipt(int before) {
        awaitUi("the receipt", STEP, () -> devices.receipts().size() > before);
        return devices.receipts().get(before);
    }
}
