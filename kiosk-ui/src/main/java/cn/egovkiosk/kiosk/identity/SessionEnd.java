package cn.egovkiosk.kiosk.identity;

import cn.egovkiosk.kiosk.support.Languages;
import com.vaadin.flow.component.UI;

/**
 * The one way a resident's session ends (the "finish" button, the done screen, the idle timeout): everything of the
 * resident is forgotten, the screen goes back to Chinese and normal type, and the home screen shows.
 */
public final class SessionEnd {

    /** The CSS class on the UI's root element while elderly mode is on. */
    public static final String ELDERLY_CLASS = "elderly";

    private SessionEnd() {
    }

    /** Called with the UI locked. */
    public static void end(UI ui, ResidentSession session) {
        session.wipe();
        showElderlyMode(ui, false);
        Languages.reset(ui);
        ui.navigate("");
    }

    /** Larger type, stronger contrast and larger targets for the whole page (see styles/app.css). */
    public static void showElderlyMode(UI ui, boolean on) {
        ui.getElement().getClassList().set(ELDERLY_CLASS, on);
    }
}
