package cn.egovkiosk.kiosk.form;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.startApplying;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.apply.PublishedCatalogTest;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/**
 * 长辈模式 asks a few things per screen: three typed fields a step with "第 1 / 2 步", each step checked before the
 * next with the message beside the field, 上一步 keeps what was typed, the review lists everything. Normal mode keeps
 * the whole form on one screen.
 */
class ElderlyFormStepsTest extends PublishedCatalogTest {

    private static final CatalogSnapshot CATALOG = LongForms.catalog();

    @Override
    protected CatalogSnapshot catalog() {
        return CATALOG;
    }

    @Test
    void theFormComesAStepAtATimeEachCheckedBeforeTheNext() {
        tap(byId("elderly-toggle"));
        openTheForm();

        assertThat(textOf("form-step")).isEqualTo("第 1 / 2 步");
        LongForms.FIRST_STEP.forEach(key -> assertThat(findById("field-" + key)).as(key).isPresent());
        LongForms.SECOND_STEP.forEach(key -> assertThat(findById("field-" + key)).as(key).isEmpty());
        assertThat(findById("field-name")).as("the card's fields wait for the review").isEmpty();
        assertThat(findById("form-previous")).isEmpty();
        assertThat(textOf("form-next")).isEqualTo("下一步");

        tap(byId("form-next"));
        assertThat(textOf("form-step")).as("nothing typed: the step stays").isEqualTo("第 1 / 2 步");
        assertThat(field("phone").getErrorMessage()).isEqualTo("请填写联系电话。");
        assertThat(field("contact").getErrorMessage()).isEqualTo("请填写联系人。");
        assertThat(field("address").isInvalid()).as("optional").isFalse();
        assertThat(textOf("form-status")).contains("请看红色提示");

        field("phone").setValue("13912345678");
        field("contact").setValue("李四");
        tap(byId("form-next"));
        assertThat(textOf("form-step")).isEqualTo("第 2 / 2 步");
        LongForms.SECOND_STEP.forEach(key -> assertThat(findById("field-" + key)).as(key).isPresent());
        assertThat(findById("field-phone")).isEmpty();
        assertThat(textOf("form-next")).isEqualTo("下一步：核对");

        tap(byId("form-previous"));
        assertThat(textOf("form-step")).isEqualTo("第 1 / 2 步");
        assertThat(field("phone").getValue()).as("going back loses nothing").isEqualTo("13912345678");
        tap(byId("form-next"));

        field("postcode").setValue("36100");
        tap(byId("form-next"));
        assertThat(findById("review")).isEmpty();
        assertThat(field("postcode").getErrorMessage()).contains("邮政编码");
        field("postcode").setValue("361000");
        tap(byId("form-next"));

        awaitId("review", STEP);
        assertThat(textOf("review-phone")).contains("139");
        assertThat(textOf("review-contact")).contains("李四");
        assertThat(textOf("review-postcode")).contains("361000");
        assertThat(textOf("review-name")).contains("张*");
        assertThat(textOf("review-bankAccount")).contains("未填写");
    }

    @Test
    void normalModeKeepsTheWholeFormOnOneScreenAndSwitchingModesKeepsTheValues() {
        openTheForm();

        assertThat(findById("form-step")).isEmpty();
        LongForms.FIRST_STEP.forEach(key -> assertThat(findById("field-" + key)).as(key).isPresent());
        LongForms.SECOND_STEP.forEach(key -> assertThat(findById("field-" + key)).as(key).isPresent());
        assertThat(findById("field-name")).isPresent();
        field("postcode").setValue("361000");

        tap(byId("elderly-toggle"));
        assertThat(textOf("form-step")).isEqualTo("第 1 / 2 步");
        assertThat(findById("field-postcode")).isEmpty();
        tap(byId("elderly-toggle"));
        assertThat(findById("form-step")).isEmpty();
        assertThat(field("postcode").getValue()).isEqualTo("361000");
    }

    private void openTheForm() {
        startApplying(CATALOG.items().getFirst().code());
        devices.reader().orElseThrow().present(SimulatedCard.sample());
        awaitId("confirm-button", STEP);
        tap(byId("confirm-button"));
        awaitId("form", STEP);
    }

    private static TextField field(String key) {
        return (TextField) byId("field-" + key);
    }
}
