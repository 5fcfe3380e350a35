package cn.egovkiosk.device.document;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.status.StatusTracker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashAttributeSet;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.PrinterName;

/**
 * An A4 printer behind a CUPS queue. PDFs go through javax.print with an explicit ISO A4 media (without it the JDK
 * asks for Letter); the queue's state and the job's progress are read with lpstat, because javax.print reports
 * neither correctly. A missing queue, a queue that rejects or is stopped, and a job still unfinished after the time
 * limit are device errors: the job is then cancelled, so the queue does not print it hours later.
 */
public final class CupsDocumentPrinter implements DocumentPrinter {

    /** How long a job may take from submission to done before it counts as stuck. */
    public static final Duration DEFAULT_JOB_TIME_LIMIT = Duration.ofSeconds(60);
    private static final Duration JOB_POLL = Duration.ofMillis(100);

    private final String queue;
    private final CupsClient cups;
    private final Duration jobTimeLimit;
    private final StatusTracker tracker;
    private final Consumer<DeviceStatus> statusListener;

    /**
     * @param name           the device name (status board key)
     * @param queue          the CUPS queue
     * @param statusListener told every status after a check or job (e.g. a board's publish)
     */
    public CupsDocumentPrinter(String name, String queue, CupsClient cups, Duration jobTimeLimit,
            Consumer<DeviceStatus> statusListener) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.cups = Objects.requireNonNull(cups, "cups");
        this.jobTimeLimit = Objects.requireNonNull(jobTimeLimit, "jobTimeLimit");
        this.statusListener = Objects.requireNonNull(statusListener, "statusListener");
        this.tracker = new StatusTracker(name, DeviceState.OFFLINE, MediaState.UNKNOWN, "not checked yet");
    }

    @Override
    public synchronized void print(byte[] pdf, String title) throws IOException {
        QueueState state = readQueue();
        if (!state.ready()) {
            throw new DocumentPrintException(queue + ": " + status().detail() + ", document not sent");
        }
        PrintService service = lookup().orElseThrow(() -> fail(DeviceState.HARDWARE_ERROR,
                "the JDK does not see queue " + queue + " (is cups-bsd installed, CUPS_SERVER set at start?)"));
        List<String> before = cups.pendingJobs(queue);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(MediaSizeName.ISO_A4);
        attributes.add(new JobName(title, null));
        attributes.add(new Copies(1));
        DocFlavor flavor = service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF) ? DocFlavor.INPUT_STREAM.PDF
                : DocFlavor.INPUT_STREAM.AUTOSENSE;
        DocPrintJob job = service.createPrintJob();
        try {
            job.print(new SimpleDoc(new ByteArrayInputStream(pdf), flavor, null), attributes);
        } catch (PrintException e) {
            throw fail(DeviceState.HARDWARE_ERROR, "job refused: " + e.getMessage());
        }
        awaitDone(before);
    }

    @Override
    public DeviceStatus status() {
        return tracker.current();
    }

    @Override
    public synchronized DeviceStatus checkStatus() {
        try {
            readQueue();
        } catch (IOException e) {
            publish(DeviceState.OFFLINE, e.getMessage());
        }
        return status();
    }

    private QueueState readQueue() throws IOException {
        QueueState state = cups.queue(queue);
        if (!state.exists()) {
            publish(DeviceState.HARDWARE_ERROR, "queue " + queue + " missing: " + state.detail());
        } else if (!state.accepting()) {
            publish(DeviceState.OFFLINE, "queue " + queue + " rejects jobs");
        } else if (!state.enabled()) {
            publish(DeviceState.OFFLINE, "queue " + queue + " stopped: " + state.detail());
        } else {
            publish(DeviceState.ONLINE, "");
        }
        return state;
    }

    /** Waits until the jobs that appeared since {@code before} are done; cancels them when they take too long. */
    private void awaitDone(List<String> before) throws IOException {
        long deadline = System.nanoTime() + jobTimeLimit.toNanos();
        while (true) {
            List<String> pending = cups.pendingJobs(queue);
            pending.removeAll(before);
            if (pending.isEmpty()) {
                publish(DeviceState.ONLINE, "");
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

    private java.util.Optional<PrintService> lookup() {
        HashAttributeSet wanted = new HashAttributeSet();
        wanted.add(new PrinterName(queue, null));
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, wanted);
        return services.length > 0 ? java.util.Optional.of(services[0]) : java.util.Optional.empty();
    }

    private DocumentPrintException fail(DeviceState state, String detail) {
        publish(state, detail);
        return new DocumentPrintException(queue + ": " + detail);
    }

    private void publish(DeviceState state, String detail) {
        DeviceStatus before = tracker.current();
        DeviceStatus after = tracker.move(state, MediaState.UNKNOWN, detail);
        if (after != before) {
            statusListener.accept(after);
        }
    }
}
