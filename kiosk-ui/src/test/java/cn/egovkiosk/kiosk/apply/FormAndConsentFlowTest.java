package cn.egovkiosk.kiosk.apply;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.startApplying;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.submission.Outbox;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogPackage;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.submission.Submission;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Guide → identify → generated form (pre-filled from the card, typed with the on-screen keyboard, Chinese by pinyin)
 * → review (masked) → consent → submit, on the whole kiosk in demo mode; declining consent submits nothing; a 一件事
 * package is one form submitted under the package code. No typed or read personal data reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class FormAndConsentFlowTest extends PublishedCatalogTest {

    private static final CatalogSnapshot CATALOG = ApplyCatalogs.forApplying();
    private static final String PHONE = "13912345678";

    @Autowired
    Outbox outbox;

    @Override
    protected CatalogSnapshot catalog() {
        return CATALOG;
    }

    @Test
    void theFormIsPrefilledTypedWithTheKeyboardCheckedReviewedMaskedAndSubmitted(CapturedOutput output) {
        CatalogItem item = CATALOG.items().getFirst();
        identify(item.code());
        tap(byId("confirm-button"));
        awaitId("form", STEP);
        assertThat(textOf("field-name")).contains("张*").doesNotContain(Residents.NAME);
        assertThat(textOf("field-idNumber")).contains("1101**********002X");

        tap(byId("form-next"));
        assertThat(findById("review")).as("nothing typed yet: the form stays").isEmpty();
        assertThat(field("phone").isInvalid()).isTrue();
        assertThat(field("phone").getErrorMessage()).isEqualTo("请填写联系电话。");
        assertThat(field(ApplyCatalogs.CONTACT).getErrorMessage()).isEqualTo("请填写联系人。");

        choose("phone");
        press("kb-1", "kb-2", "kb-3");
        tap(byId("form-next"));
        assertThat(field("phone").getErrorMessage()).contains("11 位手机号码");
        press("kb-clear");
        for (char digit : PHONE.toCharArray()) {
            press("kb-" + digit);
        }
        press("kb-9");
        assertThat(field("phone").getValue()).as("maxLength 11 stops the twelfth digit").isEqualTo(PHONE);

        choose(ApplyCatalogs.CONTACT);
        press("kb-l", "kb-i");
        assertThat(textOf("kb-pinyin")).isEqualTo("li");
        assertThat(textOf("kb-cand-0")).isEqualTo("李");
        press("kb-cand-0", "kb-m", "kb-i", "kb-n", "kb-g");
        assertThat(textOf("kb-cand-0")).isEqualTo("明");
        press("kb-cand-0");
        assertThat(field(ApplyCatalogs.CONTACT).getValue()).isEqualTo("李明");
        assertThat(field("phone").isInvalid()).as("the fixed value clears its message").isFalse();

        tap(byId("form-next"));
        awaitId("review", STEP);
        assertThat(textOf("review-applicant-name")).contains("张*");
        assertThat(textOf("review-phone")).contains("139****5678").doesNotContain(PHONE);
        assertThat(textOf("review-" + ApplyCatalogs.CONTACT)).contains("李明");
        tap(byId("review-edit"));
        awaitId("form", STEP);
        assertThat(field("phone").getValue()).as("going back loses nothing").isEqualTo(PHONE);
        tap(byId("form-next"));
        awaitId("review", STEP);
        int before = ADMIN.submissions.size();
        tap(byId("review-submit"));

        awaitId("done", STEP);
        Submission sent = awaitSubmission(before);
        assertThat(sent.itemCode()).isEqualTo(item.code());
        assertThat(sent.form()).containsEntry("phone", PHONE).containsEntry(ApplyCatalogs.CONTACT, "李明")
                .containsEntry("name", Residents.NAME).containsEntry("idNumber", Residents.ID_NUMBER);
        assertThat(sent.consent().sources()).isEmpty();
        assertThat(context.getBean(ResidentSession.class).formDraft()).as("dropped once stored").isEmpty();
        assertThat(output.getAll()).doesNotContain(PHONE, "李明", Residents.NAME, Residents.ID_NUMBER);
    }

    @Test
    void consentNamesTheSourcesAndAgreeingSubmitsWithIt() {
        CatalogItem item = CATALOG.items().get(1);
        identify(item.code());
        tap(byId("confirm-button"));
        awaitId("review", STEP);
        assertThat(textOf("review-status")).contains("授权");
        tap(byId("review-submit"));
        awaitId("consent", STEP);
        assertThat(textOf("consent-source-SOCIAL_INSURANCE")).contains("社会保险");
        assertThat(textOf("consent-purpose")).contains(item.name());
        int before = ADMIN.submissions.size();

        tap(byId("consent-agree"));

        awaitId("done", STEP);
        Submission sent = awaitSubmission(before);
        assertThat(sent.consent().sources()).containsExactly(DataSource.SOCIAL_INSURANCE);
        assertThat(sent.consent().purpose()).contains(item.name());
        assertThat(sent.consent().grantedAt()).isNotNull();
    }

    @Test
    void decliningConsentSubmitsNothing() throws InterruptedException {
        identify(CATALOG.items().get(1).code());
        tap(byId("confirm-button"));
        awaitId("review", STEP);
        tap(byId("review-submit"));
        awaitId("consent", STEP);
        int before = ADMIN.submissions.size();

        tap(byId("consent-decline"));

        assertThat(textOf("consent-declined")).contains("没有提交");
        Thread.sleep(500);
        assertThat(outbox.depth()).isZero();
        assertThat(ADMIN.submissions).hasSize(before);
        assertThat(context.getBean(ResidentSession.class).item()).isEmpty();
        tap(byId("consent-home"));
        awaitId("home", STEP);
    }

    @Test
    void aPackageIsOneFormSubmittedUnderThePackageCode() {
        CatalogPackage pack = CATALOG.packages().getFirst();
        tap(byId("packages-all"));
        tap(byId("theme-" + pack.themeCode()));
        assertThat(findById("item-" + CATALOG.items().getFirst().code())).as("packages instead of items").isEmpty();
        tap(byId("package-" + pack.code()));
        awaitId("guide", STEP);
        assertThat(textOf("guide-package-items")).contains(CATALOG.items().get(1).name());
        assertThat(textOf("guide-materials")).contains("户口簿", "免提交");
        tap(byId("guide-apply"));
        awaitId("identify", STEP);
        devices.reader().orElseThrow().present(SimulatedCard.sample());
        awaitId("confirm-button", STEP);
        tap(byId("confirm-button"));
        awaitId("form", STEP);
        field("phone").setValue(PHONE);
        tap(byId("form-next"));
        awaitId("review", STEP);
        tap(byId("review-submit"));
        awaitId("consent", STEP);
        int before = ADMIN.submissions.size();
        tap(byId("consent-agree"));

        awaitId("done", STEP);
        Submission sent = awaitSubmission(before);
        assertThat(sent.itemCode()).isEqualTo(pack.code());
        assertThat(sent.form()).containsOnlyKeys("name", "idNumber", "phone");
        assertThat(sent.consent().sources()).contains(DataSource.SOCIAL_INSURANCE);
    }

    private static Submission awaitSubmission(int before) {
        KioskUiTestSupport.awaitUi("the submission reaches the server", STEP, () -> ADMIN.submissions.size() > before);
        return ADMIN.submissions.get(before);
    }

    private void identify(String code) {
        startApplying(code);
        devices.reader().orElseThrow().present(SimulatedCard.sample());
        awaitId("identity-name", STEP);
    }

    private static TextField field(String key) {
        return (TextField) byId("field-" + key);
    }

    private static void choose(String key) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(field(key),
                new com.vaadin.flow.component.FocusNotifier.FocusEvent<>(field(key), true));
    }

    private static void press(String... keys) {
        for (String key : keys) {
            tap(byId(key));
        }
    }
}
