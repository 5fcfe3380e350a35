package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.kiosk.support.KioskTimers;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The last known status of each device class, refreshed every few seconds on the device thread, so screens can say
 * which items cannot be served now without waiting for a device. Device classes this kiosk has no driver for are
 * {@link DeviceState#NO_DEVICE}; before the first refresh nothing is known and nothing is held against an item.
 */
@Component
public class DeviceHealth {

    private static final Duration PERIOD = Duration.ofSeconds(5);

    private final KioskDevices devices;
    private final DocumentPrinterSlot documentPrinter;
    private final KioskTimers timers;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<DeviceKind, DeviceStatus> known = Map.of();

    DeviceHealth(KioskDevices devices, DocumentPrinterSlot documentPrinter, KioskTimers timers) {
        this.devices = devices;
        this.documentPrinter = documentPrinter;
        this.timers = timers;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timers.every(Duration.ofMillis(500), PERIOD, this::refresh);
    }

    /** The status of a device class, empty while nothing is known yet. */
    public Optional<DeviceStatus> status(DeviceKind kind) {
        Map<DeviceKind, DeviceStatus> snapshot = known;
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(snapshot.getOrDefault(kind,
                new DeviceStatus(kind.name(), DeviceState.NO_DEVICE, null, "no driver", Instant.now())));
    }

    /** Called on a timer thread when any device's state or media changed. */
    public Registration onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Asks every device now; also what maintenance mode's "refresh" does. */
    public Map<DeviceKind, DeviceStatus> refresh() {
        Map<DeviceKind, DeviceStatus> fresh = new EnumMap<>(DeviceKind.class);
        for (DeviceStatus status : devices.statuses().orTimeout(5, TimeUnit.SECONDS).join()) {
            fresh.put(KioskDevices.kindOf(status.name()), status);
        }
        if (documentPrinter.present()) {
            // asked on the printer's own thread: a running A4 job gives its last status instead of a wait
            fresh.put(DeviceKind.DOCUMENT_PRINTER, documentPrinter.check());
        }
        boolean changed = !sameStates(known, fresh);
        known = fresh;
        if (changed) {
            listeners.forEach(Runnable::run);
        }
        return fresh;
    }

    private static boolean sameStates(Map<DeviceKind, DeviceStatus> before, Map<DeviceKind, DeviceStatus> after) {
        if (!before.keySet().equals(after.keySet())) {
            return false;
        }
        return before.entrySet().stream().allMatch(entry -> {
            DeviceStatus now = after.get(entry.getKey());
            return now.state() == entry.getValue().state() && now.media() == entry.getValue().media();
        });
    }
}
