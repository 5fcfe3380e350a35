package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.terminal.TerminalStatusRepository.TerminalStatus;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Every configured terminal with its last report, for the admin UI; a terminal never heard from is listed too. */
@Service
class TerminalFleet {

    private final TerminalCredentials credentials;
    private final TerminalStatusRepository statuses;
    private final PublishedCatalog catalog;

    TerminalFleet(TerminalCredentials credentials, TerminalStatusRepository statuses, PublishedCatalog catalog) {
        this.credentials = credentials;
        this.statuses = statuses;
        this.catalog = catalog;
    }

    List<TerminalOverview> overview() {
        Map<String, TerminalStatus> reported = statuses.all();
        String targeted = catalog.current().contentHash();
        return credentials.terminals().stream().map(terminal -> {
            TerminalStatus status = reported.get(terminal.id());
            return status == null
                    ? new TerminalOverview(terminal.id(), terminal.site(), null, "", 0, false, List.of())
                    : new TerminalOverview(terminal.id(), terminal.site(), status.lastSeen(), status.softwareVersion(),
                            status.outboxDepth(), targeted.equals(status.catalogContentHash()), status.devices());
        }).toList();
    }

    /**
     * One row of the terminals page.
     *
     * @param lastSeen null when the terminal never sent a heartbeat
     */
    record TerminalOverview(String id, String site, Instant lastSeen, String softwareVersion, int outboxDepth,
            boolean catalogCurrent, List<DeviceStatusReport> devices) {
    }
}
