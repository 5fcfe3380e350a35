package cn.egovkiosk.admin.progress;

import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.terminal.AuthenticatedTerminal;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.progress.ProgressAnswer;
import cn.egovkiosk.protocol.progress.ProgressQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/terminal/v1/progress}: the kiosk's progress query. 200 with the answer (and the certificates of
 * an approved application when the card was the factor), 404 alike for an unknown number and a wrong factor, 429
 * when the terminal asks too often or the number is locked after wrong factors.
 */
@RestController
class ProgressController {

    private final ProgressLookup lookup;
    private final ProgressGuard guard;

    ProgressController(ProgressLookup lookup, ProgressGuard guard) {
        this.lookup = lookup;
        this.guard = guard;
    }

    @PostMapping(TerminalApi.PROGRESS)
    ResponseEntity<?> progress(@RequestAttribute(AuthenticatedTerminal.ATTRIBUTE) AuthenticatedTerminal terminal,
            @RequestBody ProgressQuery query) {
        if (!guard.admit("terminal:" + terminal.id(), query.trackingNumber())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many progress queries; try again later.");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").body(problem);
        }
        // terminals only: the certificates to print later at the kiosk, when the factor was the card
        ProgressAnswer answer = lookup.findWithCertificates(query).orElse(null);
        if (answer == null) {
            guard.failed(query.trackingNumber());
            throw ApiProblem.notFound("No application with this tracking number and second factor.");
        }
        return ResponseEntity.ok(answer);
    }
}
