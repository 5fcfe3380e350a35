package cn.egovkiosk.kiosk.heartbeat;

import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.kiosk.device.KioskDevices;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.DeviceState;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.MediaState;

/** Translates the drivers' status model into the wire's; the two enums share their constant names. */
final class DeviceReports {

    private DeviceReports() {
    }

    static DeviceStatusReport of(DeviceStatus status) {
        DeviceKind kind = KioskDevices.kindOf(status.name());
        return new DeviceStatusReport(status.name(), kind, DeviceState.valueOf(status.state().name()),
                MediaState.valueOf(status.media().name()), status.detail());
    }
}
