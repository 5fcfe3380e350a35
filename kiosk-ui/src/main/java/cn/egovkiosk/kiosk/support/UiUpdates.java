package cn.egovkiosk.kiosk.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;

/** How background events (device, outbox, timers) reach a screen: through {@code UI.access}, pushed to the browser. */
public final class UiUpdates {

    private UiUpdates() {
    }

    /** Runs {@code change} under the UI's lock; dropped when the screen is gone, which is then no longer shown. */
    public static void later(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException gone) {
            // nothing to update
        }
    }

    /** Keeps a listener registration as long as {@code component} is attached. */
    public static void whileAttached(Component component, Registration registration) {
        component.addDetachListener(detach -> {
            registration.remove();
            detach.unregisterListener();
        });
    }
}
