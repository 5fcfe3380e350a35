package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/terminal/v1/heartbeat}: records the terminal's report, says when to poll and what changed.
 * Most heartbeats are answered before they get here, by {@link DirectHeartbeat} in the bearer filter; this
 * mapping documents the endpoint and takes what the direct path leaves to Spring MVC (another media type, a body
 * it cannot read or refuses), so that such answers are Spring's as everywhere else in the API.
 */
@RestController
class HeartbeatController {

    private final HeartbeatReception reception;

    HeartbeatController(HeartbeatReception reception) {
        this.reception = reception;
    }

    @PostMapping(TerminalApi.HEARTBEAT)
    ResponseEntity<?> heartbeat(@RequestAttribute(AuthenticatedTerminal.ATTRIBUTE) AuthenticatedTerminal terminal,
            @RequestBody Heartbeat heartbeat) {
        try {
            return ResponseEntity.ok(reception.receive(terminal, heartbeat));
        } catch (HeartbeatWriteBehind.Full e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, HeartbeatReception.RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(HeartbeatReception.busy());
        }
    }
}
