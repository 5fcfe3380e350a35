package cn.egovkiosk.device.status;

/** Told about every status change on a {@link DeviceStatusBoard}, in the order the changes were published. */
@FunctionalInterface
public interface StatusListener {

    void statusChanged(StatusChange change, StatusSnapshot snapshot);
}
