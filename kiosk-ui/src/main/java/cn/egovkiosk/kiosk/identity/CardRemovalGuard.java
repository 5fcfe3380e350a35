package cn.egovkiosk.kiosk.identity;

import cn.egovkiosk.kiosk.support.UiUpdates;
import cn.egovkiosk.kiosk.support.Voice;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.shared.Registration;

/**
 * Card removal ends an application in progress: when the card whose identity the session holds is taken off the
 * reader before the application was submitted, the identity and the application are forgotten and the home screen
 * shows with a notice (the resident's language and 长辈模式 stay: the same person is still there). Only readers that
 * keep finding a card after reading it can tell a removal; with the others, "finish" and the idle timeout protect
 * the resident. An e-ID identity does not depend on a card and is not affected.
 */
@SpringComponent
@UIScope
public class CardRemovalGuard {

    private final ResidentSession session;
    private final CardWatcher watcher;
    private UI ui;
    private Registration subscription;

    CardRemovalGuard(ResidentSession session, CardWatcher watcher) {
        this.session = session;
        this.watcher = watcher;
    }

    /** Starts watching for this UI (again after a reload); called with the UI locked. */
    public synchronized void watch(UI watched) {
        if (ui == watched) {
            return;
        }
        stop();
        ui = watched;
        subscription = watcher.subscribe(event -> {
            if (event instanceof CardEvent.Removed removed && removed.readCardLeft()) {
                UiUpdates.later(watched, () -> cardTaken(watched));
            }
        });
        watched.addDetachListener(detach -> stop());
    }

    private synchronized void stop() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        ui = null;
    }

    private void cardTaken(UI watched) {
        boolean cardIdentity = session.identity().map(identity -> !identity.electronic()).orElse(false);
        if (!cardIdentity || session.confirmed().isPresent()) {
            return;
        }
        session.cancelApplication();
        watched.navigate("");
        String text = watched.getTranslation("identify.card-taken");
        Notification notice = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notice.setId("card-removed-notice");
        notice.getElement().setAttribute("role", "alert");
        if (session.elderlyMode()) {
            Voice.say(watched, text);
        }
    }
}
