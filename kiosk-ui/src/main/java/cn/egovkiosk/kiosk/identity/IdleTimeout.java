package cn.egovkiosk.kiosk.identity;

import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.kiosk.support.KioskTimers;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.kiosk.support.UiUpdates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Forgets the resident after {@code kiosk.idle-timeout} without a touch: wipes the session, restores the default
 * language and shows the home screen, so the next person never sees the previous one's data.
 */
@SpringComponent
@UIScope
public class IdleTimeout {

    private final ResidentSession session;
    private final KioskTimers timers;
    private final Duration timeout;
    private UI ui;
    private ScheduledFuture<?> pending;

    IdleTimeout(ResidentSession session, KioskTimers timers, KioskProperties properties) {
        this.session = session;
        this.timers = timers;
        this.timeout = properties.idleTimeout();
    }

    /** Starts watching this UI: any touch or key on the page counts as activity. */
    public synchronized void watch(UI watched) {
        if (ui == watched) {
            return;
        }
        ui = watched;
        for (String activity : new String[] {"pointerdown", "keydown"}) {
            watched.getElement().addEventListener(activity, event -> touch()).throttle(1000);
        }
        watched.addDetachListener(event -> cancel());
        touch();
    }

    /** The resident did something: start the countdown again. */
    public synchronized void touch() {
        cancel();
        pending = timers.after(timeout, this::expire);
    }

    private synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void expire() {
        UI watched;
        synchronized (this) {
            watched = ui;
        }
        if (watched == null) {
            return;
        }
        UiUpdates.later(watched, () -> {
            boolean home = watched.getInternals().getActiveViewLocation().getPath().isEmpty();
            if (home && session.isEmpty() && !Languages.isEnglish(watched.getLocale())) {
                return; // nothing to forget: stay, and do not re-arm until someone touches the screen
            }
            session.wipe();
            Languages.reset(watched);
            watched.navigate("");
        });
    }
}
