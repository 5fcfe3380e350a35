package cn.egovkiosk.admin.rollout;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staged rollout settings, {@code admin.rollout.*}; the first two are defaults a rollout may override.
 *
 * @param failureThreshold {@code admin.rollout.failure-threshold}: percent of a stage's terminals that may fail to
 *                         adopt the version before the rollout pauses; default 20
 * @param adoptionDeadline {@code admin.rollout.adoption-deadline}: how long a stage's terminals have to report the
 *                         version; default 30 min (a kiosk polls every minute, so this is many missed chances)
 * @param checkInterval    {@code admin.rollout.check-interval}: how often running rollouts are checked; default 10 s
 */
@ConfigurationProperties("admin.rollout")
public record RolloutProperties(@DefaultValue("20") int failureThreshold,
        @DefaultValue("30m") Duration adoptionDeadline, @DefaultValue("10s") Duration checkInterval) {
}
