package cn.egovkiosk.admin.submission;

import cn.egovkiosk.admin.decision.InstantOutcomes;
import cn.egovkiosk.admin.submission.SubmissionIntake.Intake;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.terminal.AuthenticatedTerminal;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import cn.egovkiosk.protocol.submission.TrackingNumber;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/terminal/v1/submissions}: 201 and the acknowledgement for a new application, 200 and the first
 * acknowledgement for a replay. {@code GET .../submissions/{tracking}}: the acknowledgement with the current status
 * and, like a replay, the 秒批 decision and the certificates, for the terminal that submitted (a kiosk that lost the
 * first answer can still print them).
 */
@RestController
class SubmissionController {

    private final SubmissionIntake intake;
    private final SubmissionRepository repository;
    private final InstantOutcomes outcomes;

    SubmissionController(SubmissionIntake intake, SubmissionRepository repository, InstantOutcomes outcomes) {
        this.intake = intake;
        this.repository = repository;
        this.outcomes = outcomes;
    }

    @PostMapping(TerminalApi.SUBMISSIONS)
    ResponseEntity<SubmissionAck> submit(
            @RequestAttribute(AuthenticatedTerminal.ATTRIBUTE) AuthenticatedTerminal terminal,
            @RequestHeader(name = TerminalApi.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody Submission submission) {
        Intake intook = intake.accept(terminal, idempotencyKey, submission);
        if (intook.replay()) {
            return ResponseEntity.ok(intook.ack());
        }
        return ResponseEntity.created(URI.create(TerminalApi.submission(intook.ack().trackingNumber())))
                .body(intook.ack());
    }

    @GetMapping(TerminalApi.SUBMISSIONS + "/{trackingNumber}")
    SubmissionAck status(@RequestAttribute(AuthenticatedTerminal.ATTRIBUTE) AuthenticatedTerminal terminal,
            @PathVariable String trackingNumber) {
        String canonical = TrackingNumber.parse(trackingNumber).orElseThrow(() -> ApiProblem
                .badRequest("Not a valid tracking number: the format or the check character is wrong."));
        // another terminal's application answers like an unknown one: its existence is not the asker's business
        return repository.findByTrackingNumber(canonical, terminal.id()).map(outcomes::completed)
                .orElseThrow(() -> ApiProblem.notFound("No application with this tracking number."));
    }
}
