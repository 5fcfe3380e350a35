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
 * Forgets the resident after {@code kiosk.idle-timeout} without a touch: first a "still there?" notice, then it wipes
 * the session, restores the default language and shows the home screen, so the next person never sees the previous
 * one's data.
 */
@SpringComponent
@UIScope
public class IdleTimeout {

    private final ResidentSession session;
    private final CardRemovalGuard cardRemoval;
    private final KioskTimers timers;
    private final Duration timeout;
    private UI ui;
    private ScheduledFuture<?> pending;
    private ScheduledFuture<?> pendingWarning;
    private IdleWarning warning;

    IdleTimeout(ResidentSession session, CardRemovalGuard cardRemoval, KioskTimers timers,
            KioskProperties properties) {
        this.session = session;
        this.cardRemoval = cardRemoval;
        this.timers = timers;
        this.timeout = properties.idleTimeout();
    }

    /**
     * Starts watching this UI: any touch or key on the page counts as activity. The other end of a session, taking the
     * card away, is watched from here too ({@link CardRemovalGuard}), as every resident screen calls this.
     */
    public synchronized void watch(UI watched) {
        if (ui == watched) {
            return;
        }
        ui = watched;
        cardRemoval.watch(watched);
        for (String activity : new String[] {"pointerdown", "keydown"}) {
            watched.getElement().addEventListener(activity, event -> touch()).throttle(1000);
        }
        watched.addDetachListener(event -> cancel());
        touch();
    }

    /** The resident did something (called with the UI locked): hide the notice and start the countdown again. */
    public synchronized void touch() {
        cancel();
        if (warning != null) {
            warning.hide();
        }
        // the notice comes a third of the timeout early, at most 15 s
        Duration lead = timeout.dividedBy(3).compareTo(Duration.ofSeconds(15)) < 0 ? timeout.dividedBy(3)
                : Duration.ofSeconds(15);
        pendingWarning = timers.after(timeout.minus(lead), this::warn);
        pending = timers.after(timeout, this::expire);
    }

    private synchronized void cancel() {
        for (ScheduledFuture<?> future : new ScheduledFuture<?>[] {pending, pendingWarning}) {
            if (future != null) {
                future.cancel(false);
            }
        }
        pending = null;
        pendingWarning = null;
    }

    private void warn() {
        UI watched = watchedUi();
        if (watched != null) {
            UiUpdates.later(watched, () -> {
                if (!nothingToForget(watched)) {
                    if (warning != null) {
                        warning.hide();
                    }
                    // made anew each time: the resident may have switched the language since
                    warning = new IdleWarning(this::touch);
                    warning.showOn(watched);
                }
            });
        }
    }

    private synchronized UI watchedUi() {
        return ui;
    }

    private boolean nothingToForget(UI watched) {
        boolean home = watched.getInternals().getActiveViewLocation().getPath().isEmpty();
        return home && session.isEmpty() && !Languages.isEnglish(watched.getLocale());
    }

    private void expire() {
        UI watched = watchedUi();
        if (watched == null) {
            return;
        }
        UiUpdates.later(watched, () -> {
            if (warning != null) {
                warning.hide();
            }
            if (nothingToForget(watched)) {
                return; // stay, and do not re-arm until someone touches the screen
            }
            SessionEnd.end(watched, session);
        });
    }
}
