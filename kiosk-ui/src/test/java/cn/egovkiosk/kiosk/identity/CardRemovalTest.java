package cn.egovkiosk.kiosk.identity;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Taking the card off the reader before submitting forgets the application, where the reader can tell (it keeps
 * finding a card it has read); where it cannot, the identity stays and "finish" or the idle timeout end the session.
 */
class CardRemovalTest extends SimulatedKioskTest {

    @AfterEach
    void ordinaryReader() {
        reader().keepFindingReadCards(false);
    }

    @Test
    void takingTheCardAwayBeforeSubmittingForgetsTheApplication() {
        reader().keepFindingReadCards(true);
        KioskUiTestSupport.startApplying(ADMIN.catalog().items().getFirst().code());
        reader().present(SimulatedCard.sample());
        awaitId("identity-name", STEP);
        // the reader still finds the card on the next polls: removal can be told from "read"
        awaitUi("the card seen after the read", STEP, () -> cardWatcher.cardInField());
        sleep(Duration.ofMillis(600));
        assertThat(findById("identity-name")).as("still identified while the card lies there").isPresent();

        reader().remove();
        awaitId("home", STEP);
        ResidentSession session = context.getBean(ResidentSession.class);
        assertThat(session.identity()).isEmpty();
        assertThat(session.item()).isEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(Notification.class,
                spec -> spec.withId("card-removed-notice")).getElement().getProperty("opened", false)).isTrue();
    }

    @Test
    void aReaderThatCannotTellRemovalKeepsTheIdentity() {
        KioskUiTestSupport.startApplying(ADMIN.catalog().items().getFirst().code());
        reader().present(SimulatedCard.sample());
        awaitId("identity-name", STEP);
        reader().remove();
        awaitUi("the card gone", STEP, () -> !cardWatcher.cardInField());
        sleep(Duration.ofMillis(600));
        assertThat(textOf("identity-name")).isEqualTo("张*");
        assertThat(context.getBean(ResidentSession.class).identity()).isPresent();
    }

    private SamReaderSimulator reader() {
        return devices.reader().orElseThrow();
    }

    private static void sleep(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        awaitUi("a pause", pause.plusSeconds(5), () -> System.nanoTime() > until);
    }
}
