package cn.egovkiosk.admin.rollout;

import cn.egovkiosk.admin.security.AdminApiAccess;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Management API of staged rollouts: list with the current stage's adoption, start, resume, abort. */
@RestController
@RequestMapping(AdminApiAccess.BASE + "/catalog/rollouts")
class RolloutController {

    private final CatalogRollouts rollouts;

    RolloutController(CatalogRollouts rollouts) {
        this.rollouts = rollouts;
    }

    /** Every rollout, newest first. */
    @GetMapping
    List<RolloutStatus> all() {
        return rollouts.all().stream().map(this::status).toList();
    }

    @GetMapping("/{id}")
    RolloutStatus one(@PathVariable String id) {
        return status(rollouts.find(id));
    }

    /** Freezes the draft into a version and starts rolling it out over the groups in order. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RolloutStatus start(@RequestBody NewRollout request, Principal principal) {
        return status(rollouts.start(request.groupCodes(), request.failureThreshold(),
                request.adoptionDeadlineSeconds() == null ? null
                        : Duration.ofSeconds(request.adoptionDeadlineSeconds()), principal.getName()));
    }

    @PostMapping("/{id}/resume")
    RolloutStatus resume(@PathVariable String id, Principal principal) {
        return status(rollouts.resume(id, principal.getName()));
    }

    @PostMapping("/{id}/abort")
    RolloutStatus abort(@PathVariable String id, Principal principal) {
        return status(rollouts.abort(id, principal.getName()));
    }

    private RolloutStatus status(StagedRollout rollout) {
        return new RolloutStatus(rollout, rollouts.progress(rollout));
    }

    /**
     * A rollout to start.
     *
     * @param groupCodes              the site groups in stage order
     * @param failureThreshold        percent; absent for {@code admin.rollout.failure-threshold}
     * @param adoptionDeadlineSeconds absent for {@code admin.rollout.adoption-deadline}
     */
    record NewRollout(List<String> groupCodes, Integer failureThreshold, Long adoptionDeadlineSeconds) {
    }

    /** A rollout and its current stage's adoption. */
    record RolloutStatus(StagedRollout rollout, StageProgress currentStage) {
    }
}
