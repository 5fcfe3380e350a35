package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.idcard.CardReadException;
import cn.egovkiosk.device.idcard.IdCardReader;
import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.device.receipt.EscPosReceipt;
import cn.egovkiosk.device.receipt.ReceiptPrinter;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devices of this kiosk as configured: an ID card reader and a receipt printer, either of which may be missing.
 * Every call reaches the driver on the {@link DeviceThread}.
 */
public class KioskDevices implements AutoCloseable {

    public static final String ID_READER = "id-reader";
    public static final String RECEIPT_PRINTER = "receipt-printer";

    private static final Logger log = LoggerFactory.getLogger(KioskDevices.class);

    private final DeviceThread thread;
    private final ConnectedDevice<IdCardReader> reader;
    private final ConnectedDevice<ReceiptPrinter> printer;

    KioskDevices(DeviceThread thread, ConnectedDevice<IdCardReader> reader, ConnectedDevice<ReceiptPrinter> printer) {
        this.thread = thread;
        this.reader = reader;
        this.printer = printer;
    }

    public boolean hasReader() {
        return reader != null;
    }

    /** Runs {@code work} on the device thread every {@code period}, starting now. */
    public ScheduledFuture<?> onDeviceThreadEvery(Duration period, Runnable work) {
        return thread.every(period, work);
    }

    /**
     * One reader poll; call it on the device thread only (see {@link #onDeviceThreadEvery}).
     *
     * @throws IOException when there is no reader or it does not answer
     */
    public Optional<ResidentIdentity> pollCard() throws IOException, CardReadException {
        if (reader == null) {
            throw new IOException("ID card reader not available");
        }
        return reader.driver().poll();
    }

    /** Whether a card sits in the reader's field, as of the last poll; device thread only. */
    public boolean cardPresent() {
        return reader != null && reader.driver().cardPresent();
    }

    /** Prints on the device thread; completes with false when there is no usable printer or printing failed. */
    public CompletableFuture<Boolean> print(EscPosReceipt receipt) {
        if (printer == null) {
            return CompletableFuture.completedFuture(false);
        }
        return thread.submit(() -> {
            printer.driver().print(receipt);
            return true;
        }).exceptionally(failure -> {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            log.warn("receipt printer failed: {}", cause.getClass().getName());
            return false;
        });
    }

    /** The status of every device slot, absent ones as {@link DeviceState#NO_DEVICE}. */
    public CompletableFuture<List<DeviceStatus>> statuses() {
        return thread.submit(() -> {
            List<DeviceStatus> statuses = new ArrayList<>();
            statuses.add(statusOf(reader, ID_READER));
            statuses.add(statusOf(printer, RECEIPT_PRINTER));
            return statuses;
        });
    }

    @Override
    public void close() {
        thread.submit(() -> {
            if (reader != null) {
                reader.close();
            }
            if (printer != null) {
                printer.close();
            }
            return null;
        }).completeOnTimeout(null, 3, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    private static DeviceStatus statusOf(ConnectedDevice<?> device, String name) {
        if (device == null) {
            return new DeviceStatus(name, DeviceState.NO_DEVICE, null, "not configured", Instant.now());
        }
        try {
            return device.currentStatus();
        } catch (RuntimeException e) {
            return new DeviceStatus(name, DeviceState.HARDWARE_ERROR, null, e.getClass().getSimpleName(),
                    Instant.now());
        }
    }
}
