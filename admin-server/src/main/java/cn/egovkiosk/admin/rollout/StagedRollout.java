package cn.egovkiosk.admin.rollout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A catalog version going out to site groups one stage after another.
 *
 * @param groupCodes       the stages' site groups, in order
 * @param stage            index of the current stage in {@code groupCodes}
 * @param failureThreshold percent of a stage's terminals that may fail to adopt before the rollout pauses
 * @param adoptionDeadline how long a stage's terminals have to report the version before they count as failed
 * @param stageStartedAt   when the current stage started (or was resumed)
 * @param releaseIds       the catalog releases the rollout made so far
 * @param pauseReason      why it paused, empty otherwise
 */
public record StagedRollout(String id, long version, List<String> groupCodes, int stage, State state,
        int failureThreshold, Duration adoptionDeadline, Instant stageStartedAt, Instant createdAt, String createdBy,
        List<String> releaseIds, String pauseReason) {

    public StagedRollout {
        groupCodes = List.copyOf(groupCodes);
        releaseIds = List.copyOf(releaseIds);
        pauseReason = pauseReason == null ? "" : pauseReason;
    }

    public String currentGroup() {
        return groupCodes.get(stage);
    }

    public boolean lastStage() {
        return stage == groupCodes.size() - 1;
    }

    /** Where a rollout stands. */
    public enum State {
        RUNNING, PAUSED, COMPLETED, ABORTED
    }
}
