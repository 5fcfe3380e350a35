package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.idcard.CardReadException;
import cn.egovkiosk.device.idcard.IdCardReader;
import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.device.receipt.EscPosReceipt;
import cn.egovkiosk.device.receipt.ReceiptPrinter;
import cn.egovkiosk.device.scanner.CodeScanner;
import cn.egovkiosk.device.scanner.ScannedCode;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devices of this kiosk as configured: an ID card reader, a receipt printer and a code scanner, any of which may be
 * missing. Every call reaches the driver on the {@link DeviceThread}; maintenance mode can connect a device to another
 * port while the kiosk runs ({@link #reconnect}).
 */
public class KioskDevices implements AutoCloseable {

    public static final String ID_READER = "id-reader";
    public static final String RECEIPT_PRINTER = "receipt-printer";
    public static final String CODE_SCANNER = "code-scanner";

    private static final Logger log = LoggerFactory.getLogger(KioskDevices.class);

    private final DeviceThread thread;
    private final DriverFactory drivers;
    // written on the device thread only, read anywhere
    private volatile ConnectedDevice<IdCardReader> reader;
    private volatile ConnectedDevice<ReceiptPrinter> printer;
    private volatile ConnectedDevice<CodeScanner> scanner;

    KioskDevices(DeviceThread thread, DriverFactory drivers, List<DeviceSetting> settings) {
        this.thread = thread;
        this.drivers = drivers;
        for (DeviceSetting setting : settings) {
            try {
                install(setting);
            } catch (IllegalArgumentException e) {
                // a kiosk always starts: the device shows as missing and maintenance mode can set it right
                log.error("{} not connected: {}", setting.kind(), e.getMessage());
            }
        }
    }

    /** The device class behind a driver name. */
    public static DeviceKind kindOf(String name) {
        return switch (name) {
            case ID_READER -> DeviceKind.ID_CARD_READER;
            case CODE_SCANNER -> DeviceKind.CODE_SCANNER;
            case RECEIPT_PRINTER -> DeviceKind.RECEIPT_PRINTER;
            default -> DeviceKind.DOCUMENT_PRINTER;
        };
    }

    public boolean hasReader() {
        return reader != null;
    }

    public boolean hasScanner() {
        return scanner != null;
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
        ConnectedDevice<IdCardReader> current = reader;
        if (current == null) {
            throw new IOException("ID card reader not available");
        }
        return current.driver().poll();
    }

    /** Whether a card sits in the reader's field, as of the last poll; device thread only. */
    public boolean cardPresent() {
        ConnectedDevice<IdCardReader> current = reader;
        return current != null && current.driver().cardPresent();
    }

    /**
     * A code the scanner read since the last call, without waiting; device thread only.
     *
     * @throws IOException when there is no scanner or it cannot be reached
     */
    public Optional<ScannedCode> pollCode() throws IOException {
        ConnectedDevice<CodeScanner> current = scanner;
        if (current == null) {
            throw new IOException("code scanner not available");
        }
        return current.driver().read(Duration.ZERO);
    }

    /** Prints on the device thread; completes with false when there is no usable printer or printing failed. */
    public CompletableFuture<Boolean> print(EscPosReceipt receipt) {
        if (printer == null) {
            return CompletableFuture.completedFuture(false);
        }
        return thread.submit(() -> {
            ConnectedDevice<ReceiptPrinter> current = printer;
            if (current == null) {
                return false;
            }
            current.driver().print(receipt);
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
            statuses.add(statusOf(scanner, CODE_SCANNER));
            return statuses;
        });
    }

    /**
     * Closes the device of that class and opens it on the setting's port (none for an empty port), on the device
     * thread, so a running poll or print finishes first. Completes exceptionally for a port spec no transport
     * understands (check it first with {@link DevicePorts#problem}); the slot is then empty.
     */
    public CompletableFuture<Void> reconnect(DeviceSetting setting) {
        return thread.submit(() -> {
            closeSlot(setting.kind());
            install(setting);
            log.info("{} now on {}", setting.kind(), setting.port().isBlank() ? "none" : setting.port());
            return null;
        });
    }

    @Override
    public void close() {
        thread.submit(() -> {
            for (DeviceKind kind : DeviceKind.values()) {
                closeSlot(kind);
            }
            return null;
        }).completeOnTimeout(null, 3, TimeUnit.SECONDS).join();
    }

    private void install(DeviceSetting setting) {
        switch (setting.kind()) {
            case ID_CARD_READER -> reader = drivers.reader(setting);
            case RECEIPT_PRINTER -> printer = drivers.receiptPrinter(setting);
            case CODE_SCANNER -> scanner = drivers.scanner(setting);
            case DOCUMENT_PRINTER -> log.debug("document printers are not connected through a port");
        }
    }

    private void closeSlot(DeviceKind kind) {
        ConnectedDevice<?> old = switch (kind) {
            case ID_CARD_READER -> reader;
            case RECEIPT_PRINTER -> printer;
            case CODE_SCANNER -> scanner;
            case DOCUMENT_PRINTER -> null;
        };
        switch (kind) {
            case ID_CARD_READER -> reader = null;
            case RECEIPT_PRINTER -> printer = null;
            case CODE_SCANNER -> scanner = null;
            case DOCUMENT_PRINTER -> {
            }
        }
        if (old != null) {
            old.close();
        }
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
