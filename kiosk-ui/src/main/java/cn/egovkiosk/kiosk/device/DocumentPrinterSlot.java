package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.document.DocumentPrinter;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The kiosk's A4 printer, or its empty place. It has a thread of its own, not the device thread: an A4 job may take a
 * minute (the CUPS driver waits for the job to finish), and card polling must not stop meanwhile. Status checks queue
 * behind a running job, so a caller gets the last known status while one prints.
 */
public class DocumentPrinterSlot implements AutoCloseable {

    /** The device name, as in status reports. */
    public static final String NAME = "document-printer";
    private static final Duration CHECK_WAIT = Duration.ofSeconds(2);

    private final DocumentPrinter printer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("kiosk-a4-printer").daemon(true).factory());
    private volatile boolean printing;

    /** @param printer the driver, null when this kiosk has no A4 printer */
    DocumentPrinterSlot(DocumentPrinter printer) {
        this.printer = printer;
    }

    public boolean present() {
        return printer != null;
    }

    /**
     * Prints a PDF on the printer's thread. Completes exceptionally (an {@code IOException}, its message without
     * document content) when there is no printer or it could not print; {@link #status()} then says why.
     */
    public CompletableFuture<Void> print(byte[] pdf, String title) {
        if (printer == null) {
            return CompletableFuture.failedFuture(new IOException("no A4 printer"));
        }
        return CompletableFuture.runAsync(() -> {
            printing = true;
            try {
                printer.print(pdf, title);
            } catch (IOException e) {
                throw new CompletionException(e);
            } finally {
                printing = false;
            }
        }, thread);
    }

    /** The status as of the last job or check. */
    public DeviceStatus status() {
        return printer == null ? none() : printer.status();
    }

    /** Asks the printer now; while a job runs (or the check takes long), the last known status. */
    public DeviceStatus check() {
        if (printer == null) {
            return none();
        }
        if (printing) {
            return printer.status();
        }
        return CompletableFuture.supplyAsync(printer::checkStatus, thread)
                .completeOnTimeout(printer.status(), CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> printer.status()).join();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private static DeviceStatus none() {
        return new DeviceStatus(NAME, DeviceState.NO_DEVICE, null, "not configured", Instant.now());
    }
}
