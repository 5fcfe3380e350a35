package cn.egovkiosk.admin.terminal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Heartbeats acknowledged but not yet written, written together by one thread every flush interval or as soon as
 * a batch is full: one transaction (and with SQLite one sync to disk) for hundreds of terminals instead of one
 * each. Only a terminal's last report matters, so a newer heartbeat replaces a waiting one. At most
 * {@code maxPending} terminals wait; beyond that a heartbeat waits for room up to {@code queueWait} and is then
 * refused ({@link Full}), so a stalled database slows terminals down instead of filling the memory.
 * {@link #stop()} writes whatever waits: a graceful shutdown loses nothing that was acknowledged (a crash loses at
 * most one flush interval of reports, which the next heartbeat of each terminal repeats).
 *
 * @param <T> a waiting report
 */
final class HeartbeatWriteBehind<T> {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatWriteBehind.class);

    private final Consumer<List<T>> writer;
    private final Duration flushInterval;
    private final int batchSize;
    private final int maxPending;
    private final Duration queueWait;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition batchFull = lock.newCondition();
    private final Condition room = lock.newCondition();
    private final ReentrantLock writing = new ReentrantLock(); // one write at a time, in order
    private Map<String, T> pending = new LinkedHashMap<>();
    private volatile boolean running;
    private Thread flusher;

    HeartbeatWriteBehind(Consumer<List<T>> writer, Duration flushInterval, int batchSize, int maxPending,
            Duration queueWait) {
        this.writer = writer;
        this.flushInterval = flushInterval;
        this.batchSize = batchSize;
        this.maxPending = maxPending;
        this.queueWait = queueWait;
    }

    /** Queues the terminal's report in place of one still waiting; waits for room when too many wait. */
    void offer(String terminalId, T report) throws Full {
        lock.lock();
        try {
            long waitNanos = queueWait.toNanos();
            while (pending.size() >= maxPending && !pending.containsKey(terminalId)) {
                if (waitNanos <= 0) {
                    throw new Full();
                }
                batchFull.signal();
                waitNanos = room.awaitNanos(waitNanos);
            }
            pending.put(terminalId, report);
            if (pending.size() >= batchSize) {
                batchFull.signal();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Full();
        } finally {
            lock.unlock();
        }
    }

    /** Writes everything waiting now; a failed write puts back what no newer report replaced, then rethrows. */
    void flush() {
        writing.lock();
        try {
            Map<String, T> batch = takeAll();
            if (batch.isEmpty()) {
                return;
            }
            try {
                writer.accept(List.copyOf(batch.values()));
            } catch (RuntimeException e) {
                putBack(batch);
                throw e;
            }
        } finally {
            writing.unlock();
        }
    }

    void start() {
        running = true;
        flusher = Thread.ofPlatform().name("heartbeat-writer").daemon().start(this::flushUntilStopped);
    }

    /** Stops the writer thread and writes what still waits. */
    void stop() {
        running = false;
        Thread thread = flusher;
        if (thread != null) {
            lock.lock();
            try {
                batchFull.signal();
            } finally {
                lock.unlock();
            }
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    boolean isRunning() {
        return running;
    }

    int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    private void flushUntilStopped() {
        while (running) {
            lock.lock();
            try {
                if (running && pending.size() < batchSize) {
                    batchFull.await(flushInterval.toNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
            try {
                flush();
            } catch (RuntimeException e) {
                log.warn("Could not write {} heartbeats; retrying", pendingCount(), e);
                sleepQuietly(flushInterval);
            }
        }
    }

    private Map<String, T> takeAll() {
        lock.lock();
        try {
            Map<String, T> batch = pending;
            pending = new LinkedHashMap<>();
            room.signalAll();
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private void putBack(Map<String, T> batch) {
        lock.lock();
        try {
            // reports that arrived meanwhile are newer: they stay
            batch.forEach(pending::putIfAbsent);
        } finally {
            lock.unlock();
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Too many heartbeats wait to be written: the terminal should try again later. */
    static final class Full extends Exception {
        Full() {
            super("too many heartbeats wait to be written", null, false, false);
        }
    }
}
