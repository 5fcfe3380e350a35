package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.catalog.CatalogRelease;
import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.terminal.TerminalStatusRepository.TerminalStatus;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.DeviceState;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.MediaState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The fleet's status from heartbeats: every configured and every registered terminal, online while its last
 * heartbeat is younger than {@code admin.fleet.offline-after}, with its device faults, paper, running versions and
 * outbox depth. A terminal never heard from is listed too.
 */
@Service
public class TerminalFleet {

    private static final Set<DeviceState> FAULTS =
            EnumSet.of(DeviceState.OFFLINE, DeviceState.HARDWARE_ERROR, DeviceState.USER_ERROR);
    // worst first: the board shows the paper state that needs a technician most
    private static final List<MediaState> PAPER_SEVERITY =
            List.of(MediaState.OUT, MediaState.LOW, MediaState.UNKNOWN, MediaState.OK);

    private final TerminalCredentials credentials;
    private final TerminalRepository registry;
    private final TerminalStatusRepository statuses;
    private final PublishedCatalog catalog;
    private final Clock clock;
    private final Duration offlineAfter;

    TerminalFleet(TerminalCredentials credentials, TerminalRepository registry, TerminalStatusRepository statuses,
            PublishedCatalog catalog, Clock clock, FleetProperties properties) {
        this.credentials = credentials;
        this.registry = registry;
        this.statuses = statuses;
        this.catalog = catalog;
        this.clock = clock;
        this.offlineAfter = properties.offlineAfter();
    }

    List<TerminalOverview> overview() {
        Map<String, TerminalStatus> reported = statuses.all();
        Map<String, Long> versionByHash = new TreeMap<>();
        catalog.releases().stream().map(CatalogRelease::version).distinct()
                .forEach(v -> versionByHash.put(catalog.version(v).contentHash(), v));
        List<AuthenticatedTerminal> terminals = new ArrayList<>(credentials.terminals());
        registry.all().forEach(t -> terminals.add(new AuthenticatedTerminal(t.id(), t.site(), t.groupCode())));
        Instant onlineSince = clock.instant().minus(offlineAfter);
        return terminals.stream().map(terminal -> {
            TerminalStatus status = reported.get(terminal.id());
            if (status == null) {
                return new TerminalOverview(terminal.id(), terminal.site(), terminal.groupCode(), null, false, "",
                        null, false, "", 0, 0, MediaState.NOT_APPLICABLE, List.of());
            }
            CatalogSnapshot targeted = catalog.forTerminal(terminal.id(), terminal.groupCode());
            return new TerminalOverview(terminal.id(), terminal.site(), terminal.groupCode(), status.lastSeen(),
                    status.lastSeen().isAfter(onlineSince), status.softwareVersion(),
                    versionByHash.get(status.catalogContentHash()),
                    targeted.contentHash().equals(status.catalogContentHash()),
                    failureText(status.catalogFailure(), versionByHash), status.outboxDepth(),
                    (int) status.devices().stream().filter(d -> FAULTS.contains(d.state())).count(),
                    paper(status.devices()), status.devices());
        }).toList();
    }

    /** Adoption: how many terminals last reported running each released version. */
    public Map<Long, Long> adoption() {
        Map<String, Long> byHash = statuses.all().values().stream()
                .collect(Collectors.groupingBy(TerminalStatus::catalogContentHash, Collectors.counting()));
        Map<Long, Long> byVersion = new TreeMap<>();
        catalog.releases().stream().map(CatalogRelease::version).distinct().forEach(version -> byVersion.put(version,
                byHash.getOrDefault(catalog.version(version).contentHash(), 0L)));
        return byVersion;
    }

    /**
     * The enrolled terminals of a site group (revoked and never enrolled ones cannot adopt anything), how many of
     * them last reported running the catalog with this content hash and how many reported they could not apply it.
     */
    public GroupAdoption adoption(String groupCode, String contentHash) {
        Map<String, TerminalStatus> reported = statuses.all();
        List<TerminalStatus> members = registry.all().stream()
                .filter(t -> t.groupCode().equals(groupCode) && t.hasCredential())
                .map(t -> reported.get(t.id())).toList();
        int adopted = (int) members.stream()
                .filter(status -> status != null && status.catalogContentHash().equals(contentHash)).count();
        int failed = (int) members.stream().filter(status -> status != null && status.failedToApply(contentHash))
                .count();
        return new GroupAdoption(members.size(), adopted, failed);
    }

    /**
     * A site group's enrolled terminals, how many of them run a given catalog and how many reported a failure to
     * apply it.
     */
    public record GroupAdoption(int terminals, int adopted, int failed) {
    }

    /** The reported failure with the content hash it names shown as the released version ("v7: reason"). */
    private static String failureText(String failure, Map<String, Long> versionByHash) {
        int colon = failure.indexOf(':');
        String hash = (colon < 0 ? failure : failure.substring(0, colon)).strip();
        Long version = versionByHash.get(hash);
        return version == null ? failure : "v" + version + (colon < 0 ? "" : failure.substring(colon));
    }

    private static MediaState paper(List<DeviceStatusReport> devices) {
        return PAPER_SEVERITY.stream().filter(state -> devices.stream().anyMatch(d -> d.media() == state))
                .findFirst().orElse(MediaState.NOT_APPLICABLE);
    }

    /**
     * One row of the fleet board.
     *
     * @param groupCode      empty for a configured terminal
     * @param lastSeen       null when the terminal never sent a heartbeat
     * @param online         whether its last heartbeat is recent
     * @param catalogVersion the released version it reports running, null when unknown
     * @param catalogCurrent whether that is the version targeted at it
     * @param catalogFailure why it could not apply the newest catalog it fetched, empty when it could
     * @param faults         devices offline or in error
     * @param paper          the worst paper state of its printers
     */
    record TerminalOverview(String id, String site, String groupCode, Instant lastSeen, boolean online,
            String softwareVersion, Long catalogVersion, boolean catalogCurrent, String catalogFailure,
            int outboxDepth, int faults,
            MediaState paper, List<DeviceStatusReport> devices) {
    }
}
