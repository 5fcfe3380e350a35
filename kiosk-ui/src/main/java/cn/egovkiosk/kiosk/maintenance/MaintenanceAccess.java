package cn.egovkiosk.kiosk.maintenance;

import cn.egovkiosk.kiosk.support.KioskProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks technician PINs against the configured hash. Five wrong PINs in a row lock the check for a minute, for the
 * whole kiosk, so a PIN cannot be guessed at the screen.
 */
@Component
public class MaintenanceAccess {

    static final int ATTEMPTS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(MaintenanceAccess.class);

    private final TechnicianPin pin;
    private final Clock clock;
    private int failures;
    private Instant lockedUntil = Instant.MIN;

    MaintenanceAccess(KioskProperties properties, Clock clock) {
        this.pin = TechnicianPin.parse(properties.maintenance().pinHash());
        this.clock = clock;
    }

    /** What a PIN entry led to. */
    public enum Outcome {
        GRANTED, REFUSED, LOCKED
    }

    public synchronized Outcome check(char[] entered) {
        if (clock.instant().isBefore(lockedUntil)) {
            return Outcome.LOCKED;
        }
        if (pin.matches(entered)) {
            failures = 0;
            log.info("maintenance mode opened");
            return Outcome.GRANTED;
        }
        failures++;
        log.warn("maintenance mode: wrong PIN ({} in a row)", failures);
        if (failures >= ATTEMPTS) {
            failures = 0;
            lockedUntil = clock.instant().plus(LOCKOUT);
            return Outcome.LOCKED;
        }
        return Outcome.REFUSED;
    }
}
