package cn.egovkiosk.kiosk.support;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Whether the admin server answered the kiosk's last exchange (catalog poll, heartbeat). Screens show the offline
 * banner from it. Until the first exchange the kiosk assumes the server is there: no banner flashes at start.
 */
@Component
public class ServerReachability {

    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean reachable = true;

    public boolean reachable() {
        return reachable;
    }

    /** The server answered. */
    public void reached() {
        change(true);
    }

    /** The server could not be reached or refused to serve. */
    public void unreachable() {
        change(false);
    }

    /** Called on the reporting thread, with the new state, whenever it changes. */
    public Registration onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void change(boolean now) {
        if (reachable != now) {
            reachable = now;
            listeners.forEach(listener -> listener.accept(now));
        }
    }
}
