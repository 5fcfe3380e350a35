package cn.egovkiosk.admin.rollout;

/**
 * How the current stage of a rollout stands.
 *
 * @param terminals the stage's enrolled terminals
 * @param adopted   those reporting the rollout's version
 * @param failed    those that reported they could not apply the version, or, once the adoption deadline has passed,
 *                  all that did not adopt it
 */
public record StageProgress(int terminals, int adopted, int failed) {

    /** Whether the failed share is beyond the threshold (percent). */
    boolean beyond(int thresholdPercent) {
        return terminals > 0 && failed * 100L > (long) thresholdPercent * terminals;
    }

    /** Whether every terminal of the stage adopted the version or failed to. */
    boolean settled() {
        return adopted + failed >= terminals;
    }
}
