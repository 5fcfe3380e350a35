package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.AdminProperties;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/** When a terminal polls next: the configured interval, spread at random by the jitter, never below a floor. */
@Component
class PollSchedule {

    static final int MIN_SECONDS = 5;

    private final int intervalSeconds;
    private final int jitterSeconds;

    PollSchedule(AdminProperties properties) {
        this.intervalSeconds = Math.toIntExact(properties.polling().interval().toSeconds());
        this.jitterSeconds = Math.toIntExact(Math.abs(properties.polling().jitter().toSeconds()));
    }

    int nextPollSeconds() {
        int spread = ThreadLocalRandom.current().nextInt(-jitterSeconds, jitterSeconds + 1);
        return Math.max(MIN_SECONDS, intervalSeconds + spread);
    }
}
