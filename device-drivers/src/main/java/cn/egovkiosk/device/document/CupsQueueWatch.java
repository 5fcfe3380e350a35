package cn.egovkiosk.device.document;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.status.StatusTracker;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One CUPS queue seen as a device, for every printer behind a spooler: its state from lpstat turned into a device
 * status (missing ⇒ HARDWARE_ERROR, rejecting or stopped ⇒ OFFLINE), and jobs followed until done or cancelled
 * after a time limit (a stuck job ⇒ HARDWARE_ERROR). A spooler cannot tell paper state, so media stays UNKNOWN.
 */
public final class CupsQueueWatch {

    private static final Duration JOB_POLL = Duration.ofMillis(50);

    private final String queue;
    private final CupsClient cups;
    private final Duration jobTimeLimit;
    private final StatusTracker tracker;
    private final Consumer<DeviceStatus> statusListener;

    /**
     * @param name           the device name (status board key)
     * @param jobTimeLimit   how long a job may take from submission to done before it counts as stuck
     * @param statusListener told every changed status (e.g. a board's publish)
     */
    public CupsQueueWatch(String name, String queue, CupsClient cups, Duration jobTimeLimit,
            Consumer<DeviceStatus> statusListener) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.cups = Objects.requireNonNull(cups, "cups");
        this.jobTimeLimit = Objects.requireNonNull(jobTimeLimit, "jobTimeLimit");
        this.statusListener = Objects.requireNonNull(statusListener, "statusListener");
        this.tracker = new StatusTracker(name, DeviceState.OFFLINE, MediaState.UNKNOWN, "not checked yet");
    }

    public String queue() {
        return queue;
    }

    public CupsClient cups() {
        return cups;
    }

    public DeviceStatus status() {
        return tracker.current();
    }

    /** Reads the queue now; an unreachable scheduler is OFFLINE. */
    public DeviceStatus check() {
        try {
            QueueState state = cups.queue(queue);
            if (!state.exists()) {
                move(DeviceState.HARDWARE_ERROR, "queue " + queue + " missing: " + state.detail());
            } else if (!state.accepting()) {
                move(DeviceState.OFFLINE, "queue " + queue + " rejects jobs");
            } else if (!state.enabled()) {
                move(DeviceState.OFFLINE, "queue " + queue + " stopped: " + state.detail());
            } else {
                move(DeviceState.ONLINE, "");
            }
        } catch (IOException e) {
            move(DeviceState.OFFLINE, e.getMessage());
        }
        return status();
    }

    /** Checks the queue and refuses with the reason when a job sent now would not print. */
    public void requireReady() throws DocumentPrintException {
        if (!check().usable()) {
            throw new DocumentPrintException(queue + ": " + status().detail() + ", not sent");
        }
    }

    /** Moves to an error and returns the exception that reports it. */
    public DocumentPrintException fail(DeviceState state, String detail) {
        move(state, detail);
        return new DocumentPrintException(queue + ": " + detail);
    }

    /** Waits until none of the queue's unfinished jobs is new since {@code before}; cancels them after the limit. */
    public void awaitJobsDone(List<String> before) throws IOException {
        long deadline = System.nanoTime() + jobTimeLimit.toNanos();
        while (true) {
            List<String> pending = cups.pendingJobs(queue);
            pending.removeAll(before);
            if (pending.isEmpty()) {
                move(DeviceState.ONLINE, "");
                return;
            }
            if (System.nanoTime() > deadline) {
                for (String id : pending) {
                    cups.cancel(id);
                }
                throw fail(DeviceState.HARDWARE_ERROR, "job " + String.join(",", pending) + " not done after "
                        + jobTimeLimit.toSeconds() + " s, cancelled");
            }
            try {
                Thread.sleep(JOB_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DocumentPrintException("interrupted while waiting for " + queue);
            }
        }
    }

    private void move(DeviceState state, String detail) {
        DeviceStatus before = tracker.current();
        DeviceStatus after = tracker.move(state, MediaState.UNKNOWN, detail);
        if (after != before) {
            statusListener.accept(after);
        }
    }
}
