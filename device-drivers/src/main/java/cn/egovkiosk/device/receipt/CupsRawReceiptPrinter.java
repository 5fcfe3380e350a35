package cn.egovkiosk.device.receipt;

import cn.egovkiosk.device.document.CupsClient;
import cn.egovkiosk.device.document.CupsQueueWatch;
import cn.egovkiosk.device.status.DeviceStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A receipt printer behind a raw CUPS queue (e.g. {@code socket://printer:9100}): ESC/POS bytes go unfiltered with
 * {@code lp -o raw}. A spooler cannot pass DLE EOT answers back (devices.md §2.9), so the status is the queue's
 * ({@link CupsQueueWatch}): missing, stopped or rejecting queues refuse the job, and media stays UNKNOWN. Where
 * paper status matters, talk to the printer directly ({@link EscPosReceiptPrinter} over TCP 9100).
 */
public final class CupsRawReceiptPrinter implements ReceiptPrinter {

    private final CupsQueueWatch watch;

    public CupsRawReceiptPrinter(String name, String queue, CupsClient cups, Duration jobTimeLimit,
            Consumer<DeviceStatus> statusListener) {
        this.watch = new CupsQueueWatch(name, queue, cups, jobTimeLimit, statusListener);
    }

    /** Sends the receipt and waits until the queue has passed it to the printer (or the time limit cancels it). */
    @Override
    public synchronized void print(EscPosReceipt receipt) throws IOException {
        watch.requireReady();
        List<String> before = watch.cups().pendingJobs(watch.queue());
        watch.cups().submitRaw(watch.queue(), receipt.bytes(), "receipt");
        watch.awaitJobsDone(before);
    }

    /** The queue's state now. */
    public synchronized DeviceStatus checkStatus() {
        return watch.check();
    }

    @Override
    public DeviceStatus status() {
        return watch.status();
    }

    @Override
    public void close() {
        // nothing held open: each job is its own lp run
    }
}
