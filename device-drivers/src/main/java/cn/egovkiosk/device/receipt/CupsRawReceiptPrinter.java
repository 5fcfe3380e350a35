package cn.egovkiosk.device.receipt;

import cn.egovkiosk.device.document.CupsClient;
import cn.egovkiosk.device.document.QueueState;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.status.StatusTracker;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A receipt printer behind a raw CUPS queue (e.g. {@code socket://printer:9100}): ESC/POS bytes go unfiltered with
 * {@code lp -o raw}. A spooler cannot pass DLE EOT answers back (devices.md §2.9), so the status is the queue's:
 * missing, stopped or rejecting queues refuse the job, and media stays UNKNOWN. Where paper status matters, talk to
 * the printer directly ({@link EscPosReceiptPrinter} over TCP 9100).
 */
public final class CupsRawReceiptPrinter implements ReceiptPrinter {

    private static final Duration JOB_POLL = Duration.ofMillis(50);

    private final String queue;
    private final CupsClient cups;
    private final Duration jobTimeLimit;
    private final StatusTracker tracker;
    private final Consumer<DeviceStatus> statusListener;

    public CupsRawReceiptPrinter(String name, String queue, CupsClient cups, Duration jobTimeLimit,
            Consumer<DeviceStatus> statusListener) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.cups = Objects.requireNonNull(cups, "cups");
        this.jobTimeLimit = Objects.requireNonNull(jobTimeLimit, "jobTimeLimit");
        this.statusListener = Objects.requireNonNull(statusListener, "statusListener");
        this.tracker = new StatusTracker(name, DeviceState.OFFLINE, MediaState.UNKNOWN, "not checked yet");
    }

    /** Sends the receipt and waits until the queue has passed it to the printer (or the time limit cancels it). */
    @Override
    public synchronized void print(EscPosReceipt receipt) throws IOException {
        if (!checkStatus().usable()) {
            throw new IOException(queue + ": " + status().detail() + ", receipt not sent");
        }
        String job = cups.submitRaw(queue, receipt.bytes(), "receipt");
        long deadline = System.nanoTime() + jobTimeLimit.toNanos();
        while (cups.pendingJobs(queue).contains(job)) {
            if (System.nanoTime() > deadline) {
                cups.cancel(job);
                move(DeviceState.HARDWARE_ERROR, "job " + job + " not done after " + jobTimeLimit.toSeconds()
                        + " s, cancelled");
                throw new IOException(queue + ": " + status().detail());
            }
            try {
                Thread.sleep(JOB_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + queue, e);
            }
        }
    }

    /** The queue's state now. */
    public synchronized DeviceStatus checkStatus() {
        try {
            QueueState state = cups.queue(queue);
            if (!state.exists()) {
                move(DeviceState.HARDWARE_ERROR, "queue " + queue + " missing: " + state.detail());
            } else if (!state.ready()) {
                move(DeviceState.OFFLINE, "queue " + queue + (state.accepting() ? " stopped" : " rejects jobs"));
            } else {
                move(DeviceState.ONLINE, "");
            }
        } catch (IOException e) {
            move(DeviceState.OFFLINE, e.getMessage());
        }
        return status();
    }

    @Override
    public DeviceStatus status() {
        return tracker.current();
    }

    @Override
    public void close() {
        // nothing held open: each job is its own lp run
    }

    private void move(DeviceState state, String detail) {
        DeviceStatus before = tracker.current();
        DeviceStatus after = tracker.move(state, MediaState.UNKNOWN, detail);
        if (after != before) {
            statusListener.accept(after);
        }
    }
}
