package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import java.time.Clock;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/terminal/v1/heartbeat}: records the terminal's report, says when to poll and what changed. */
@RestController
class HeartbeatController {

    static final int MAX_VERSION_LENGTH = 64;

    private final TerminalStatusRepository statuses;
    private final PublishedCatalog catalog;
    private final PollSchedule schedule;
    private final Clock clock;

    HeartbeatController(TerminalStatusRepository statuses, PublishedCatalog catalog, PollSchedule schedule,
            Clock clock) {
        this.statuses = statuses;
        this.catalog = catalog;
        this.schedule = schedule;
        this.clock = clock;
    }

    @PostMapping(TerminalApi.HEARTBEAT)
    HeartbeatAck heartbeat(@RequestAttribute(AuthenticatedTerminal.ATTRIBUTE) AuthenticatedTerminal terminal,
            @RequestBody Heartbeat heartbeat) {
        if (heartbeat.outboxDepth() < 0) {
            throw ApiProblem.badRequest("outboxDepth must not be negative.");
        }
        if (heartbeat.softwareVersion() != null && heartbeat.softwareVersion().length() > MAX_VERSION_LENGTH) {
            throw ApiProblem.badRequest("softwareVersion must have at most " + MAX_VERSION_LENGTH + " characters.");
        }
        statuses.record(terminal.id(), heartbeat, clock.instant());
        String targeted = catalog.forTerminal(terminal.id(), terminal.groupCode()).contentHash();
        return new HeartbeatAck(schedule.nextPollSeconds(), targeted,
                !targeted.equals(heartbeat.catalogContentHash()));
    }
}
