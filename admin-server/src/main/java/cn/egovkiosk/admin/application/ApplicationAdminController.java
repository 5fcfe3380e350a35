package cn.egovkiosk.admin.application;

import cn.egovkiosk.admin.application.ApplicantAccess.Scope;
import cn.egovkiosk.admin.application.ApplicationHistory.Entry;
import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import cn.egovkiosk.protocol.submission.TrackingNumber;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Management API of applications: lists (applicants masked), one application as the caller's role may see it, its
 * history, and status changes. An application outside an officer's department answers 404 like an unknown one.
 */
@RestController
@RequestMapping(AdminApiAccess.BASE + "/applications")
class ApplicationAdminController {

    private static final int MAX_LIST = 500;

    private final ApplicationRecords records;
    private final ApplicationHistory history;
    private final ApplicationLifecycle lifecycle;
    private final ApplicantAccess access;

    ApplicationAdminController(ApplicationRecords records, ApplicationHistory history, ApplicationLifecycle lifecycle,
            ApplicantAccess access) {
        this.records = records;
        this.history = history;
        this.lifecycle = lifecycle;
        this.access = access;
    }

    @GetMapping
    List<ApplicationDetail> latest(@RequestParam(required = false) SubmissionStatus status,
            @RequestParam(defaultValue = "100") int limit, Authentication user) {
        return records.latest(scope(user).listFilter(), status, Math.clamp(limit, 1, MAX_LIST));
    }

    @GetMapping("/{trackingNumber}")
    ApplicationDetail one(@PathVariable String trackingNumber, Authentication user) {
        return visible(trackingNumber, scope(user));
    }

    @GetMapping("/{trackingNumber}/history")
    List<Entry> history(@PathVariable String trackingNumber, Authentication user) {
        return history.entries(visible(trackingNumber, scope(user)).trackingNumber());
    }

    /** Moves the application; body {@code {"status": "ACCEPTED", "note": "..."}}. */
    @PostMapping("/{trackingNumber}/transitions")
    List<Entry> move(@PathVariable String trackingNumber, @RequestBody Transition transition, Authentication user) {
        Scope scope = scope(user);
        String canonical = visible(trackingNumber, scope).trackingNumber();
        if (!scope.mayMove()) {
            throw ApiProblem.forbidden("This role may not change applications.");
        }
        if (transition == null || transition.status() == null) {
            throw ApiProblem.badRequest("status is required.");
        }
        try {
            lifecycle.move(canonical, transition.status(), user.getName(), transition.note());
        } catch (TransitionRefused refused) {
            throw switch (refused.reason()) {
                case UNKNOWN -> ApiProblem.notFound(refused.getMessage());
                case NOT_ALLOWED -> ApiProblem.conflict(refused.getMessage());
                case NOTE_TOO_LONG -> ApiProblem.badRequest(refused.getMessage());
            };
        }
        return history.entries(canonical);
    }

    private ApplicationDetail visible(String trackingNumber, Scope scope) {
        String canonical = TrackingNumber.parse(trackingNumber).orElseThrow(() -> ApiProblem
                .badRequest("Not a valid tracking number: the format or the check character is wrong."));
        return records.find(canonical).flatMap(scope::view)
                .orElseThrow(() -> ApiProblem.notFound("No application with this tracking number."));
    }

    private Scope scope(Authentication user) {
        return access.of(user.getName(), role -> user.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role.name())));
    }

    /** A requested status change. */
    record Transition(SubmissionStatus status, String note) {

        @Override
        public String toString() {
            return "Transition[" + status + "]";
        }
    }
}
