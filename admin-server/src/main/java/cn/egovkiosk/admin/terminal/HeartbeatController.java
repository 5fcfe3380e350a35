package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<?> heartbeat(@RequestAttribute(AuthenticatedTerminal.ATTRIBUTE) AuthenticatedTerminal terminal,
            @RequestBody Heartbeat heartbeat) {
        if (heartbeat.outboxDepth() < 0) {
            throw ApiProblem.badRequest("outboxDepth must not be negative.");
        }
        if (heartbeat.softwareVersion() != null && heartbeat.softwareVersion().length() > MAX_VERSION_LENGTH) {
            throw ApiProblem.badRequest("softwareVersion must have at most " + MAX_VERSION_LENGTH + " characters.");
        }
        try {
            statuses.record(terminal.id(), heartbeat, clock.instant());
        } catch (HeartbeatWriteBehind.Full e) {
            return busy();
        }
        String targeted = catalog.forTerminal(terminal.id(), terminal.groupCode()).contentHash();
        return ResponseEntity.ok(new HeartbeatAck(schedule.nextPollSeconds(), targeted,
                !targeted.equals(heartbeat.catalogContentHash())));
    }

    // back-pressure: the database is behind; the kiosk keeps its status and sends it at its next poll
    private static ResponseEntity<ProblemDetail> busy() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Too many heartbeats wait to be stored; send again later.");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
