package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Device ports a technician set in maintenance mode on this kiosk, kept in {@code device-settings.json} in the data
 * folder: they survive restarts, win over {@code kiosk.devices.*} and are reported in every heartbeat. A damaged file
 * is set aside and reads as "no local settings", so a kiosk always starts.
 */
@Component
public class LocalDeviceSettings {

    static final String FILE_NAME = "device-settings.json";
    private static final Logger log = LoggerFactory.getLogger(LocalDeviceSettings.class);

    private final Path file;
    private List<DeviceSetting> settings;

    LocalDeviceSettings(KioskProperties properties) {
        this.file = properties.dataDir().resolve(FILE_NAME);
        this.settings = load(file);
    }

    /** Every local setting, in {@code DeviceKind} order. */
    public synchronized List<DeviceSetting> all() {
        return List.copyOf(settings);
    }

    public synchronized Optional<DeviceSetting> of(DeviceKind kind) {
        return settings.stream().filter(setting -> setting.kind() == kind).findFirst();
    }

    /** Stores the setting for its device class (replacing an earlier one) before it is applied. */
    public synchronized void save(DeviceSetting setting) {
        List<DeviceSetting> changed = new ArrayList<>(settings);
        changed.removeIf(existing -> existing.kind() == setting.kind());
        changed.add(setting);
        changed.sort(Comparator.comparing(DeviceSetting::kind));
        write(changed);
    }

    /** Drops the local setting of a device class: the configured port applies again. */
    public synchronized void forget(DeviceKind kind) {
        List<DeviceSetting> changed = new ArrayList<>(settings);
        if (changed.removeIf(existing -> existing.kind() == kind)) {
            write(changed);
        }
    }

    // written aside and moved over, so a power cut leaves the old file or the new one, never half of one
    private void write(List<DeviceSetting> changed) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            Files.write(temporary, ProtocolJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(changed));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            settings = changed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the local device settings", e);
        }
    }

    private static List<DeviceSetting> load(Path file) {
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        try {
            DeviceSetting[] read = ProtocolJson.mapper().readValue(Files.readAllBytes(file), DeviceSetting[].class);
            return new ArrayList<>(Arrays.stream(read).filter(setting -> setting.kind() != null).toList());
        } catch (IOException | RuntimeException e) {
            log.error("{} cannot be read ({}); set aside, the configured ports apply", file, e.getClass().getName());
            try {
                Files.move(file, file.resolveSibling(FILE_NAME + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                log.error("{} could not be set aside either", file);
            }
            return new ArrayList<>();
        }
    }
}
