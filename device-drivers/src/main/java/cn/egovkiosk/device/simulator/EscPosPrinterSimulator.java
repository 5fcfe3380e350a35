package cn.egovkiosk.device.simulator;

import cn.egovkiosk.device.receipt.PaperStatus;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays an 80 mm ESC/POS receipt printer on the device side of a transport, in its own thread: records each job up to
 * its cut as a {@link PrintedReceipt} (text decoded from GB18030, QR payloads from GS ( k) and answers the paper sensor
 * request DLE EOT 4. The paper state can be set, so kiosks can be tested against an empty printer.
 */
public final class EscPosPrinterSimulator implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EscPosPrinterSimulator.class);
    private static final Duration POLL = Duration.ofMillis(50);
    /** DLE EOT 1/2/3 answers of a printer without errors: only the fixed bits set. */
    private static final byte NO_ERROR = 0x12;

    private final ByteTransport deviceSide;
    private final List<PrintedReceipt> receipts = new ArrayList<>();
    private final List<Consumer<PrintedReceipt>> listeners = new CopyOnWriteArrayList<>();
    private final EscPosStreamParser parser = new EscPosStreamParser(this::jobDone, this::answerStatusRequest);
    private volatile MediaState paper = MediaState.OK;
    private volatile boolean running;
    private Thread thread;

    public EscPosPrinterSimulator(ByteTransport deviceSide) {
        this.deviceSide = deviceSide;
    }

    /** Opens the device side and starts receiving. */
    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            deviceSide.open();
        } catch (IOException e) {
            throw new UncheckedIOException("printer simulator cannot open " + deviceSide.describe(), e);
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("escpos-printer-simulator").start(this::serve);
    }

    /** Every job received so far, oldest first. */
    public List<PrintedReceipt> receipts() {
        synchronized (receipts) {
            return List.copyOf(receipts);
        }
    }

    /** The first job (received before or during the wait) that matches, or empty after the timeout. */
    public Optional<PrintedReceipt> awaitReceipt(Predicate<PrintedReceipt> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (receipts) {
            while (true) {
                Optional<PrintedReceipt> found = receipts.stream().filter(match).findFirst();
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (found.isPresent() || remainingMillis <= 0) {
                    return found;
                }
                try {
                    receipts.wait(remainingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    /** Called in the simulator thread after each job. */
    public void addListener(Consumer<PrintedReceipt> listener) {
        listeners.add(listener);
    }

    /** What the paper sensor reports from now on (OK, LOW or OUT). */
    public void setPaper(MediaState state) {
        paper = state;
    }

    @Override
    public void close() {
        Thread serving;
        synchronized (this) {
            running = false;
            serving = thread;
            thread = null;
        }
        if (serving != null) {
            try {
                serving.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            deviceSide.close();
        } catch (IOException e) {
            log.debug("closing {} failed: {}", deviceSide.describe(), e.getMessage());
        }
    }

    private void serve() {
        byte[] chunk = new byte[4096];
        while (running) {
            try {
                int n = deviceSide.read(chunk, 0, chunk.length, POLL);
                parser.feed(chunk, 0, n);
            } catch (IOException | UncheckedIOException e) {
                reopenAfter(e);
            }
        }
    }

    private void jobDone(PrintedReceipt receipt) {
        synchronized (receipts) {
            receipts.add(receipt);
            receipts.notifyAll();
        }
        for (Consumer<PrintedReceipt> listener : listeners) {
            try {
                listener.accept(receipt);
            } catch (RuntimeException e) {
                log.warn("printer simulator listener failed: {}", e.toString());
            }
        }
    }

    private void answerStatusRequest(int n) {
        byte answer = n == 4 ? PaperStatus.sensorByte(paper) : NO_ERROR;
        try {
            deviceSide.write(new byte[] {answer});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The host side went away: wait a little and listen again. */
    private void reopenAfter(Exception e) {
        log.debug("printer simulator: {}", e.getMessage());
        try {
            Thread.sleep(POLL.toMillis());
            deviceSide.open();
        } catch (IOException again) {
            log.debug("printer simulator cannot reopen: {}", again.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
