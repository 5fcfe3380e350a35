package cn.egovkiosk.device.manager;

import cn.egovkiosk.device.idcard.IdCardReader;
import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.device.receipt.ReceiptPrinter;
import cn.egovkiosk.device.scanner.CodeScanner;
import cn.egovkiosk.device.scanner.ScannedCode;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.DeviceStatusBoard;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.status.StatusSnapshot;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the kiosk's drivers from configuration, checks each on its own thread and schedule, and publishes every
 * result to the status board. A check on a lost port reopens it, so a device that was unplugged (or whose socat pair
 * was restarted) is back as soon as its port is, without restarting anything: polling is the fallback that vendors'
 * unreliable push events need anyway (devices.md §4.5). A port whose device node vanishes is closed at once
 * ({@link PortWatch}), so the loss shows within a fraction of a second.
 */
public final class DeviceManager implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeviceManager.class);
    /** How often device nodes are looked for (a stat per device). */
    private static final Duration PORT_WATCH = Duration.ofMillis(200);

    private final DeviceStatusBoard board;
    private final Map<String, ManagedDevice> devices = new LinkedHashMap<>();
    private final Map<String, ScheduledExecutorService> threads = new LinkedHashMap<>();
    private final List<DeviceDataListener> listeners = new CopyOnWriteArrayList<>();
    private final DeviceDataListener fanOut = new FanOut();
    private final PortWatch portWatch = new PortWatch();
    private final ScheduledExecutorService watchThread = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name("device-port-watch").unstarted(runnable));
    private boolean started;
    private boolean closed;

    /** Continuous scanners' codes go to data listeners. */
    public DeviceManager(List<DeviceConfig> configs, DeviceStatusBoard board) {
        this(configs, board, true);
    }

    /**
     * @param deliverScannerCodes whether continuous scanners' codes go to data listeners; when false they wait for
     *                            {@link CodeScanner#read} on {@link #scanner(String)}
     */
    public DeviceManager(List<DeviceConfig> configs, DeviceStatusBoard board, boolean deliverScannerCodes) {
        this.board = Objects.requireNonNull(board, "board");
        if (configs.stream().map(DeviceConfig::name).distinct().count() != configs.size()) {
            throw new IllegalArgumentException("a device name is used twice");
        }
        for (DeviceConfig config : configs) {
            try {
                ManagedDevice device = DeviceDrivers.build(config, deliverScannerCodes);
                devices.put(config.name(), device);
                threads.put(config.name(), Executors.newSingleThreadScheduledExecutor(
                        runnable -> Thread.ofPlatform().daemon().name("device-" + config.name()).unstarted(runnable)));
                board.publish(device.currentStatus());
            } catch (IllegalArgumentException e) {
                log.warn("{}: not started: {}", config.name(), e.getMessage());
                board.publish(new DeviceStatus(config.name(), DeviceState.NO_DEVICE, null,
                        "configuration: " + e.getMessage(), Instant.now()));
            }
        }
    }

    /** Starts checking every device on its schedule; the first check runs at once. */
    public synchronized void start() {
        if (started || closed) {
            return;
        }
        started = true;
        devices.forEach((name, device) -> threads.get(name).scheduleWithFixedDelay(() -> checkAndPublish(device), 0,
                device.pollInterval().toMillis(), TimeUnit.MILLISECONDS));
        watchThread.scheduleWithFixedDelay(() -> portWatch.sweep(devices.values()), PORT_WATCH.toMillis(),
                PORT_WATCH.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs one check of every device now (on the devices' own threads) and returns the snapshot after them. */
    public StatusSnapshot checkNow(Duration timeout) {
        List<Future<?>> rounds = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return board.snapshot();
            }
            devices.forEach((name, device) -> rounds.add(threads.get(name).submit(() -> checkAndPublish(device))));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<?> round : rounds) {
            try {
                round.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // the status board says how far that device got
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return board.snapshot();
    }

    public StatusSnapshot snapshot() {
        return board.snapshot();
    }

    /** Adds a listener for card reads and scanned codes; the returned handle removes it. */
    public AutoCloseable addDataListener(DeviceDataListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /** The configured devices that have a driver. */
    public List<DeviceConfig> devices() {
        return devices.values().stream().map(ManagedDevice::config).toList();
    }

    public Optional<ReceiptPrinter> printer(String name) {
        return driver(name, ReceiptPrinter.class);
    }

    public Optional<CodeScanner> scanner(String name) {
        return driver(name, CodeScanner.class);
    }

    /** The reader, for its status and SAM id; card reads arrive through data listeners, as the manager polls it. */
    public Optional<IdCardReader> reader(String name) {
        return driver(name, IdCardReader.class);
    }

    /** Stops the checks and closes every driver. */
    @Override
    public synchronized void close() {
        closed = true;
        watchThread.shutdownNow();
        threads.values().forEach(ScheduledExecutorService::shutdownNow);
        for (ScheduledExecutorService thread : threads.values()) {
            try {
                thread.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (ManagedDevice device : devices.values()) {
            try {
                device.close();
            } catch (IOException e) {
                log.debug("{}: close failed: {}", device.name(), e.getMessage());
            }
        }
    }

    private void checkAndPublish(ManagedDevice device) {
        DeviceStatus status;
        try {
            status = device.check(fanOut);
        } catch (RuntimeException e) {
            // a driver bug must not end this device's schedule
            log.warn("{}: check failed: {}", device.name(), e.getClass().getName());
            status = new DeviceStatus(device.name(), DeviceState.HARDWARE_ERROR, MediaState.UNKNOWN,
                    "driver failure: " + e.getClass().getSimpleName(), Instant.now());
        }
        board.publish(status);
    }

    private <T> Optional<T> driver(String name, Class<T> type) {
        ManagedDevice device = devices.get(name);
        return device != null && type.isInstance(device.driver()) ? Optional.of(type.cast(device.driver()))
                : Optional.empty();
    }

    private final class FanOut implements DeviceDataListener {

        @Override
        public void cardRead(String device, ResidentIdentity identity) {
            each(listener -> listener.cardRead(device, identity));
        }

        @Override
        public void cardUnreadable(String device, int statusCode) {
            each(listener -> listener.cardUnreadable(device, statusCode));
        }

        @Override
        public void codeScanned(String device, ScannedCode code) {
            each(listener -> listener.codeScanned(device, code));
        }

        private void each(Consumer<DeviceDataListener> call) {
            for (DeviceDataListener listener : listeners) {
                try {
                    call.accept(listener);
                } catch (RuntimeException e) {
                    log.warn("data listener failed: {}", e.getClass().getName());
                }
            }
        }
    }
}
