package cn.egovkiosk.device.document;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
 * asks for Letter); the queue's state and the job's progress are read with lpstat ({@link CupsQueueWatch}), because
 * javax.print reports neither correctly. A missing queue, a queue that rejects or is stopped, and a job still
 * unfinished after the time limit are device errors: a stuck job is cancelled, so it does not print hours later.
 */
public final class CupsDocumentPrinter implements DocumentPrinter {

    /** How long a job may take from submission to done before it counts as stuck. */
    public static final Duration DEFAULT_JOB_TIME_LIMIT = Duration.ofSeconds(60);

    private final CupsQueueWatch watch;

    /**
     * @param name           the device name (status board key)
     * @param queue          the CUPS queue
     * @param statusListener told every changed status (e.g. a board's publish)
     */
    public CupsDocumentPrinter(String name, String queue, CupsClient cups, Duration jobTimeLimit,
            Consumer<DeviceStatus> statusListener) {
        this.watch = new CupsQueueWatch(name, queue, cups, jobTimeLimit, statusListener);
    }

    @Override
    public synchronized void print(byte[] pdf, String title) throws IOException {
        watch.requireReady();
        PrintService service = lookup().orElseThrow(() -> watch.fail(DeviceState.HARDWARE_ERROR,
                "the JDK does not see queue " + watch.queue() + " (is cups-bsd installed, CUPS_SERVER set at start?)"));
        List<String> before = watch.cups().pendingJobs(watch.queue());
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
            throw watch.fail(DeviceState.HARDWARE_ERROR, "job refused: " + e.getMessage());
        }
        watch.awaitJobsDone(before);
    }

    @Override
    public DeviceStatus status() {
        return watch.status();
    }

    @Override
    public synchronized DeviceStatus checkStatus() {
        return watch.check();
    }

    private Optional<PrintService> lookup() {
        HashAttributeSet wanted = new HashAttributeSet();
        wanted.add(new PrinterName(watch.queue(), null));
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, wanted);
        return services.length > 0 ? Optional.of(services[0]) : Optional.empty();
    }
}
