package cn.egovkiosk.kiosk.submission;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retry delays: doubling from {@code min} up to {@code max}, with ±20 % jitter so a fleet coming back from an outage
 * does not hit the server in one wave.
 */
record Backoff(Duration min, Duration max) {

    Duration delay(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long millis = Math.min(max.toMillis(), min.toMillis() << doublings);
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (millis * jitter)));
    }
}
