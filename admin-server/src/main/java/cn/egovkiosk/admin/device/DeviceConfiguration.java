package cn.egovkiosk.admin.device;

import cn.egovkiosk.admin.device.DeviceSettingRepository.Stored;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.admin.support.Sha256;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import cn.egovkiosk.protocol.config.TerminalConfiguration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The device configuration each terminal gets: for every device kind its own setting if it has one, else its
 * group's, else "not installed". Effective configurations are cached, since terminals poll them like the catalog;
 * a change here, or one seen in the revision counter (another server instance), empties the cache.
 */
@Service
public class DeviceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeviceConfiguration.class);
    private static final Pattern PORT = Pattern.compile("|/dev/[A-Za-z0-9/_.-]{1,64}|tcp://[A-Za-z0-9.-]{1,64}:\\d{1,5}"
            + "|cups://[A-Za-z0-9_.-]{1,64}");

    private final DeviceSettingRepository repository;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<String, TerminalConfiguration> cache = new ConcurrentHashMap<>();
    private final AtomicLong cachedRevision = new AtomicLong(-1);

    DeviceConfiguration(DeviceSettingRepository repository, AuditLog audit, TransactionTemplate transaction,
            Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The configuration of a terminal of the given group (empty for none). */
    public TerminalConfiguration forTerminal(String terminalId, String groupCode) {
        return cache.computeIfAbsent(terminalId + "\n" + groupCode, key -> effective(terminalId, groupCode));
    }

    /** The settings stored for a scope, by device kind (without what the scope inherits). */
    public List<DeviceSetting> settings(ConfigScope scope) {
        return repository.settings(scope).stream().map(Stored::setting).toList();
    }

    /**
     * Sets one device of a scope as a new revision, audited with the setting before and after.
     *
     * @return the revision of the change
     */
    public long set(ConfigScope scope, DeviceSetting setting, String actor) {
        validate(setting);
        Long revision = transaction.execute(status -> {
            Optional<Stored> before = repository.setting(scope, setting.kind());
            long next = repository.newRevision(clock.instant(), actor);
            repository.save(scope, setting, next);
            audit.record(actor, "device-config.set", scope + " " + setting.kind(),
                    before.map(b -> json(b.setting())).orElse(null), json(setting));
            return next;
        });
        cache.clear();
        log.info("Device configuration of {} {} set by {} (revision {})", scope, setting.kind(), actor, revision);
        return revision;
    }

    /** Empties the cache when another server instance changed a setting. */
    @Scheduled(fixedDelayString = "${admin.catalog.refresh-interval:5s}")
    public void refresh() {
        try {
            long latest = repository.latestRevision();
            if (cachedRevision.getAndSet(latest) != latest) {
                cache.clear();
            }
        } catch (DataAccessException e) {
            log.warn("Could not check the device configuration revision", e);
        }
    }

    private TerminalConfiguration effective(String terminalId, String groupCode) {
        List<Stored> own = repository.settings(ConfigScope.terminal(terminalId));
        List<Stored> group = groupCode.isEmpty() ? List.of() : repository.settings(ConfigScope.group(groupCode));
        List<DeviceSetting> devices = new ArrayList<>();
        long revision = 0;
        for (DeviceKind kind : DeviceKind.values()) {
            Stored chosen = find(own, kind).or(() -> find(group, kind)).orElse(null);
            devices.add(chosen == null ? new DeviceSetting(kind, "", 0) : chosen.setting());
            revision = Math.max(revision, chosen == null ? 0 : chosen.revision());
        }
        return new TerminalConfiguration(terminalId, revision,
                Sha256.hex(ProtocolJson.mapper().writeValueAsBytes(devices)), devices);
    }

    private static Optional<Stored> find(List<Stored> settings, DeviceKind kind) {
        return settings.stream().filter(s -> s.setting().kind() == kind).findFirst();
    }

    private static void validate(DeviceSetting setting) {
        if (setting.kind() == null) {
            throw ApiProblem.badRequest("kind is required.");
        }
        if (!PORT.matcher(setting.port()).matches()) {
            throw ApiProblem.badRequest("port must be empty, /dev/..., tcp://host:port or cups://queue.");
        }
        if (setting.baud() < 0 || setting.baud() > 921_600) {
            throw ApiProblem.badRequest("baud must be between 0 and 921600.");
        }
    }

    private static String json(DeviceSetting setting) {
        return ProtocolJson.mapper().writeValueAsString(setting);
    }
}
