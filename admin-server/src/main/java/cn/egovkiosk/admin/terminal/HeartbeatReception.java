package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * What a heartbeat does, whichever way it came in (the bearer filter's direct path or {@link HeartbeatController}):
 * checks it, queues it for the terminal status store and says when to poll and what changed.
 */
@Component
class HeartbeatReception {

    static final int MAX_VERSION_LENGTH = 64;
    static final String RETRY_AFTER_SECONDS = "5";

    private final TerminalStatusRepository statuses;
    private final PublishedCatalog catalog;
    private final PollSchedule schedule;
    private final Clock clock;

    HeartbeatReception(TerminalStatusRepository statuses, PublishedCatalog catalog, PollSchedule schedule,
            Clock clock) {
        this.statuses = statuses;
        this.catalog = catalog;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * Checks the heartbeat before anything is kept, so a refused one leaves no trace.
     *
     * @throws ApiProblem when the report is impossible
     */
    static void check(Heartbeat heartbeat) {
        if (heartbeat.outboxDepth() < 0) {
            throw ApiProblem.badRequest("outboxDepth must not be negative.");
        }
        if (heartbeat.softwareVersion() != null && heartbeat.softwareVersion().length() > MAX_VERSION_LENGTH) {
            throw ApiProblem.badRequest("softwareVersion must have at most " + MAX_VERSION_LENGTH + " characters.");
        }
    }

    /**
     * Records a checked heartbeat and answers it.
     *
     * @throws HeartbeatWriteBehind.Full when too many heartbeats wait for the database
     */
    HeartbeatAck receive(AuthenticatedTerminal terminal, Heartbeat heartbeat) throws HeartbeatWriteBehind.Full {
        check(heartbeat);
        statuses.record(terminal.id(), heartbeat, clock.instant());
        String targeted = catalog.forTerminal(terminal.id(), terminal.groupCode()).contentHash();
        return new HeartbeatAck(schedule.nextPollSeconds(), targeted, !targeted.equals(heartbeat.catalogContentHash()));
    }

    // back-pressure: the database is behind; the kiosk keeps its status and sends it at its next poll
    static ProblemDetail busy() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Too many heartbeats wait to be stored; send again later.");
        problem.setType(URI.create("about:blank"));
        problem.setInstance(URI.create(TerminalApi.HEARTBEAT));
        return problem;
    }
}
