package cn.egovkiosk.admin.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Rate limits against guessing: queries per client in a sliding window, and failed queries per tracking number
 * (counted whether or not the number exists, so a lockout says nothing about existence). Kept in memory: each server
 * instance limits on its own, which still bounds guessing to a small multiple.
 */
@Component
class ProgressGuard {

    private static final int MAX_TRACKED = 100_000;

    private final ProgressProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byClient = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByNumber = new ConcurrentHashMap<>();

    ProgressGuard(ProgressProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts a query; false when the client asked too often or the number is locked. */
    boolean admit(String client, String trackingNumber) {
        Instant now = clock.instant();
        boolean clientOk = count(byClient, client, now, properties.clientWindow(), properties.queriesPerClient(),
                true);
        boolean numberOk = count(failuresByNumber, key(trackingNumber), now, properties.numberLockout(),
                properties.failuresPerNumber(), false);
        return clientOk && numberOk;
    }

    /** Records a query that found nothing for the number. */
    void failed(String trackingNumber) {
        Deque<Instant> failures = failuresByNumber.computeIfAbsent(key(trackingNumber), k -> new ArrayDeque<>());
        synchronized (failures) {
            failures.addLast(clock.instant());
        }
    }

    private boolean count(Map<String, Deque<Instant>> map, String key, Instant now, Duration window, int limit,
            boolean add) {
        if (map.size() > MAX_TRACKED) {
            map.entrySet().removeIf(entry -> isStale(entry.getValue(), now, window));
        }
        Deque<Instant> times = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            if (add) {
                times.addLast(now);
            }
            return true;
        }
    }

    private static boolean isStale(Deque<Instant> times, Instant now, Duration window) {
        synchronized (times) {
            return times.isEmpty() || !times.peekLast().isAfter(now.minus(window));
        }
    }

    private static String key(String trackingNumber) {
        return trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(Locale.ROOT);
    }
}
