package cn.egovkiosk.admin.rollout;

/**
 * How the current stage of a rollout stands.
 *
 * @param terminals the stage's enrolled terminals
 * @param adopted   those reporting the rollout's version
 * @param failed    those that did not adopt although the adoption deadline has passed (0 before it)
 */
public record StageProgress(int terminals, int adopted, int failed) {

    /** Whether the failed share is beyond the threshold (percent). */
    boolean beyond(int thresholdPercent) {
        return terminals > 0 && failed * 100L > (long) thresholdPercent * terminals;
    }

    boolean allAdopted() {
        return adopted >= terminals;
    }
}
