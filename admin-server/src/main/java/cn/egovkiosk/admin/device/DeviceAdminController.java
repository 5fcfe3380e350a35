package cn.egovkiosk.admin.device;

import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Management API of device configuration: {@code /devices/GROUP/SM-CENTRE}, {@code /devices/TERMINAL/<id>}. */
@RestController
@RequestMapping(AdminApiAccess.BASE + "/devices/{scope}/{value}")
class DeviceAdminController {

    private final DeviceConfiguration configuration;

    DeviceAdminController(DeviceConfiguration configuration) {
        this.configuration = configuration;
    }

    @GetMapping
    List<DeviceSetting> settings(@PathVariable ConfigScope.Kind scope, @PathVariable String value) {
        return configuration.settings(new ConfigScope(scope, value));
    }

    /** Sets one device; the answer is the revision of the change. */
    @PutMapping("/{device}")
    Revision set(@PathVariable ConfigScope.Kind scope, @PathVariable String value, @PathVariable DeviceKind device,
            @RequestBody Connection connection, Principal principal) {
        return new Revision(configuration.set(new ConfigScope(scope, value),
                new DeviceSetting(device, connection.port(), connection.baud()), principal.getName()));
    }

    /** How a device is connected. */
    record Connection(String port, int baud) {
    }

    /** The revision a change made. */
    record Revision(long revision) {
    }
}
