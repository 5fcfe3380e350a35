package cn.egovkiosk.device.manager;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads device configuration from a properties file (UTF-8), one block per device:
 *
 * <pre>
 * device.id-reader.type=id-card-reader      # id-card-reader | receipt-printer | code-scanner
 * device.id-reader.driver=sam               # default per type: sam | escpos | serial-line
 * device.id-reader.port=/dev/ttyUSB0        # or tcp://host:port
 * device.id-reader.baud=115200              # default per type: 115200 | 9600 | 9600
 * device.scanner.option.trigger=honeywell   # driver options
 * </pre>
 */
public final class DeviceConfigs {

    private static final Pattern KEY =
            Pattern.compile("device\\.([A-Za-z0-9_-]+)\\.(type|driver|port|baud|option\\.(.+))");

    private DeviceConfigs() {
    }

    /** @throws DeviceConfigException for a missing or unreadable file or any bad entry */
    public static List<DeviceConfig> load(Path file) throws DeviceConfigException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new DeviceConfigException(List.of("configuration file not found: " + file));
        } catch (IOException | IllegalArgumentException e) {
            throw new DeviceConfigException(List.of("cannot read configuration file " + file + ": "
                    + e.getMessage()));
        }
        return parse(properties);
    }

    /** @throws DeviceConfigException listing every bad entry (unknown keys, types, drivers, baud rates) */
    public static List<DeviceConfig> parse(Properties properties) throws DeviceConfigException {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> byDevice = new LinkedHashMap<>();
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            Matcher matcher = KEY.matcher(key);
            if (!matcher.matches()) {
                problems.add("unknown key '" + key + "' (expected device.<name>.type|driver|port|baud|option.<x>)");
                continue;
            }
            String value = properties.getProperty(key);
            if (matcher.group(3) != null) {
                options.computeIfAbsent(matcher.group(1), name -> new LinkedHashMap<>()).put(matcher.group(3), value);
            } else {
                byDevice.computeIfAbsent(matcher.group(1), name -> new LinkedHashMap<>()).put(matcher.group(2),
                        value.strip());
            }
        }
        options.keySet().stream().filter(name -> !byDevice.containsKey(name))
                .forEach(name -> problems.add(name + ": options given but no type and port"));
        List<DeviceConfig> configs = new ArrayList<>();
        byDevice.forEach((name, fields) -> {
            try {
                configs.add(device(name, fields, options.getOrDefault(name, Map.of())));
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new DeviceConfigException(problems);
        }
        return List.copyOf(configs);
    }

    private static DeviceConfig device(String name, Map<String, String> fields, Map<String, String> options) {
        String type = fields.get("type");
        if (type == null || type.isEmpty()) {
            throw new IllegalArgumentException("type is missing");
        }
        String port = fields.get("port");
        if (port == null || port.isEmpty()) {
            throw new IllegalArgumentException("port is missing");
        }
        DeviceConfig config = new DeviceConfig(name, DeviceType.parse(type), fields.get("driver"), port,
                baud(fields.get("baud")), options);
        DeviceDrivers.check(config);
        return config;
    }

    private static int baud(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            int baud = Integer.parseInt(text);
            if (baud > 0) {
                return baud;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("baud must be a positive number, got '" + text + "'");
    }
}
