package cn.egovkiosk.admin.rollout;

import cn.egovkiosk.admin.catalog.CatalogRelease;
import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.catalog.ReleaseTarget;
import cn.egovkiosk.admin.rollout.StagedRollout.State;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.admin.terminal.TerminalFleet;
import cn.egovkiosk.admin.terminal.TerminalFleet.GroupAdoption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Staged rollouts of the catalog draft. Starting one freezes the draft into a version and releases it to the first
 * site group; each check moves a running rollout on: the next group gets the version once the current group's
 * terminals report running it, or once the adoption deadline has passed with no more than the failure threshold of
 * them behind. Beyond the threshold the rollout pauses until an administrator resumes (with a fresh deadline) or
 * aborts it (its releases are rolled back). A terminal has failed when its heartbeat reports it could not apply the
 * version (counted at once) or when it did not adopt it by the deadline. A stage whose terminals all adopted or
 * failed, within the threshold, moves on without waiting for the deadline. Every step is audited.
 */
@Service
public class CatalogRollouts {

    private static final Logger log = LoggerFactory.getLogger(CatalogRollouts.class);
    static final Duration LONGEST_DEADLINE = Duration.ofDays(7);

    private final RolloutRepository repository;
    private final PublishedCatalog catalog;
    private final TerminalFleet fleet;
    private final AuditLog audit;
    private final Clock clock;
    private final RolloutProperties defaults;

    CatalogRollouts(RolloutRepository repository, PublishedCatalog catalog, TerminalFleet fleet, AuditLog audit,
            Clock clock, RolloutProperties defaults) {
        this.repository = repository;
        this.catalog = catalog;
        this.fleet = fleet;
        this.audit = audit;
        this.clock = clock;
        this.defaults = defaults;
    }

    public RolloutProperties defaults() {
        return defaults;
    }

    /**
     * Freezes the draft into a version and starts rolling it out over the groups in order.
     *
     * @param failureThreshold percent, null for the default
     * @param adoptionDeadline null for the default
     * @throws ApiProblem 400 for no, repeated or unknown groups or settings out of range
     */
    public StagedRollout start(List<String> groupCodes, Integer failureThreshold, Duration adoptionDeadline,
            String by) {
        List<String> groups = groupCodes == null ? List.of() : groupCodes.stream().map(String::strip)
                .filter(code -> !code.isEmpty()).toList();
        if (groups.isEmpty() || groups.stream().distinct().count() != groups.size()
                || !groups.stream().allMatch(repository::groupExists)) {
            throw ApiProblem.badRequest("groupCodes must name one or more distinct site groups.");
        }
        int threshold = failureThreshold == null ? defaults.failureThreshold() : failureThreshold;
        Duration deadline = adoptionDeadline == null ? defaults.adoptionDeadline() : adoptionDeadline;
        if (threshold < 0 || threshold > 100 || deadline.isNegative() || deadline.compareTo(LONGEST_DEADLINE) > 0) {
            throw ApiProblem.badRequest("failureThreshold must be 0 to 100 and the adoption deadline 0 to 7 days.");
        }
        long version = catalog.freezeDraft().version();
        Instant now = now();
        StagedRollout rollout = new StagedRollout(UUID.randomUUID().toString(), version, groups, 0, State.RUNNING,
                threshold, deadline, now, now, by, List.of(), "");
        repository.insert(rollout);
        log.info("Rollout {} of catalog version {} over {} started by {}", rollout.id(), version, groups, by);
        audit.record(by, "rollout.start", "ROLLOUT " + rollout.id(), null, "{\"version\":" + version
                + ",\"groups\":\"" + String.join(",", groups) + "\",\"failureThreshold\":" + threshold
                + ",\"adoptionDeadline\":\"" + deadline + "\"}");
        return advance(rollout);
    }

    /** Newest first. */
    public List<StagedRollout> all() {
        return repository.all();
    }

    public StagedRollout find(String id) {
        return repository.find(id).orElseThrow(() -> ApiProblem.notFound("No rollout with this id."));
    }

    /**
     * The current stage's adoption; terminals that report they could not apply the version count as failed at once,
     * every terminal not adopted once the deadline has passed.
     */
    public StageProgress progress(StagedRollout rollout) {
        GroupAdoption adoption = fleet.adoption(rollout.currentGroup(), catalog.version(rollout.version())
                .contentHash());
        boolean late = !now().isBefore(rollout.stageStartedAt().plus(rollout.adoptionDeadline()));
        return new StageProgress(adoption.terminals(), adoption.adopted(),
                late ? adoption.terminals() - adoption.adopted() : adoption.failed());
    }

    /** A paused rollout runs again; its current stage gets a fresh adoption deadline. */
    public StagedRollout resume(String id, String by) {
        StagedRollout rollout = find(id);
        if (rollout.state() != State.PAUSED || !repository.move(rollout, rollout.stage(), State.RUNNING, now(), "")) {
            throw ApiProblem.conflict("Only a paused rollout can be resumed.");
        }
        audit.record(by, "rollout.resume", "ROLLOUT " + id, "{\"state\":\"PAUSED\"}", "{\"state\":\"RUNNING\"}");
        return advance(find(id));
    }

    /** Stops a running or paused rollout for good and rolls back the releases it made. */
    public StagedRollout abort(String id, String by) {
        StagedRollout rollout = find(id);
        boolean open = rollout.state() == State.RUNNING || rollout.state() == State.PAUSED;
        if (!open || !repository.move(rollout, rollout.stage(), State.ABORTED, rollout.stageStartedAt(), "")) {
            throw ApiProblem.conflict("Only a running or paused rollout can be aborted.");
        }
        rollout.releaseIds().forEach(release -> catalog.rollBack(release, by));
        audit.record(by, "rollout.abort", "ROLLOUT " + id, "{\"state\":\"" + rollout.state() + "\"}",
                "{\"state\":\"ABORTED\",\"rolledBack\":" + rollout.releaseIds().size() + "}");
        log.info("Rollout {} aborted by {}", id, by);
        return find(id);
    }

    /** Moves every running rollout on as far as its terminals allow. */
    @Scheduled(fixedDelayString = "${admin.rollout.check-interval:10s}")
    public void check() {
        try {
            repository.running().forEach(this::advance);
        } catch (DataAccessException e) {
            log.warn("Could not check the running rollouts; trying again at the next check", e);
        }
    }

    private synchronized StagedRollout advance(StagedRollout rollout) {
        if (rollout.state() != State.RUNNING) {
            return rollout;
        }
        if (rollout.releaseIds().size() <= rollout.stage()) {
            CatalogRelease release = catalog.release(rollout.version(), ReleaseTarget.group(rollout.currentGroup()),
                    rollout.createdBy());
            List<String> ids = new ArrayList<>(rollout.releaseIds());
            ids.add(release.id());
            if (!repository.releases(rollout, ids)) {
                return find(rollout.id()); // another instance moved it meanwhile
            }
            rollout = find(rollout.id());
        }
        StageProgress progress = progress(rollout);
        if (progress.beyond(rollout.failureThreshold())) {
            String reason = progress.failed() + "/" + progress.terminals();
            if (repository.move(rollout, rollout.stage(), State.PAUSED, rollout.stageStartedAt(), reason)) {
                log.warn("Rollout {} paused: {} terminals of {} failed to apply version {} or were late", rollout.id(),
                        reason, rollout.currentGroup(), rollout.version());
                audit.record("system", "rollout.pause", "ROLLOUT " + rollout.id(), "{\"state\":\"RUNNING\"}",
                        "{\"state\":\"PAUSED\",\"group\":\"" + rollout.currentGroup() + "\",\"failed\":\"" + reason
                                + "\"}");
            }
            return find(rollout.id());
        }
        boolean late = !now().isBefore(rollout.stageStartedAt().plus(rollout.adoptionDeadline()));
        if (!progress.settled() && !late) {
            return rollout;
        }
        State next = rollout.lastStage() ? State.COMPLETED : State.RUNNING;
        int stage = rollout.lastStage() ? rollout.stage() : rollout.stage() + 1;
        if (!repository.move(rollout, stage, next, now(), "")) {
            return find(rollout.id());
        }
        audit.record("system", next == State.COMPLETED ? "rollout.complete" : "rollout.advance",
                "ROLLOUT " + rollout.id(), "{\"stage\":" + rollout.stage() + "}", "{\"stage\":" + stage
                        + ",\"adopted\":\"" + progress.adopted() + "/" + progress.terminals() + "\"}");
        return advance(find(rollout.id()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
