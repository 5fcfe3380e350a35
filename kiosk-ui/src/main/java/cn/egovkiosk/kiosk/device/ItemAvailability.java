package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Whether this kiosk's devices can serve an item now, and if not, which device and why, for the resident. */
@Component
public class ItemAvailability {

    private final DeviceHealth health;

    ItemAvailability(DeviceHealth health) {
        this.health = health;
    }

    /** The first required device that is not usable now; empty when the item can be served. */
    public Optional<Unavailable> check(CatalogItem item) {
        for (DeviceKind kind : item.requiredDevices()) {
            Optional<DeviceStatus> status = health.status(kind);
            if (status.isPresent() && !usable(status.get())) {
                return Optional.of(new Unavailable(kind, reason(status.get())));
            }
        }
        return Optional.empty();
    }

    // busy is fine: the device finishes a command and takes the next
    private static boolean usable(DeviceStatus status) {
        return (status.state() == DeviceState.ONLINE || status.state() == DeviceState.BUSY)
                && status.media() != MediaState.OUT;
    }

    private static String reason(DeviceStatus status) {
        if (status.media() == MediaState.OUT) {
            return "device.reason.paper-out";
        }
        return switch (status.state()) {
            case NO_DEVICE -> "device.reason.none";
            case USER_ERROR -> "device.reason.needs-staff";
            case HARDWARE_ERROR -> "device.reason.fault";
            default -> "device.reason.offline";
        };
    }

    /**
     * @param device    the device that cannot serve
     * @param reasonKey message key of the reason in plain words; its one parameter is the device's name
     */
    public record Unavailable(DeviceKind device, String reasonKey) {

        public String deviceKey() {
            return "device." + device.name();
        }
    }
}
