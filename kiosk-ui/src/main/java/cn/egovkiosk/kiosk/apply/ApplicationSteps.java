package cn.egovkiosk.kiosk.apply;

import cn.egovkiosk.kiosk.identity.ResidentSession;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * The order of the screens after the choice: no step without a chosen item (back home, e.g. after the idle wipe or a
 * bookmarked URL), none after identify without an identity.
 */
public final class ApplicationSteps {

    private ApplicationSteps() {
    }

    /** Forwards to home or identify when the session lacks what this screen needs; true when it may show. */
    public static boolean requireItemAndIdentity(BeforeEnterEvent event, ResidentSession session) {
        if (session.item().isEmpty()) {
            event.forwardTo("");
            return false;
        }
        if (session.identity().isEmpty()) {
            event.forwardTo(IdentifyView.class);
            return false;
        }
        return true;
    }
}
