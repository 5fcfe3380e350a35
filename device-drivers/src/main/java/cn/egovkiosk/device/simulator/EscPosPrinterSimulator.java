package cn.egovkiosk.device.simulator;

import cn.egovkiosk.device.receipt.RealtimeStatus;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays an 80 mm ESC/POS receipt printer on the device side of a transport, in its own thread: records each job up to
 * its cut as a {@link PrintedReceipt} (text decoded from GB18030, QR payloads from GS ( k) and answers the real-time
 * status requests DLE EOT 1, 2 and 4. Paper, cover, offline, error, silence and raw answer bytes can be set, so kiosks
 * can be tested against a printer that cannot print.
 */
public final class EscPosPrinterSimulator implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EscPosPrinterSimulator.class);

    private final DeviceSideLoop loop;
    private final List<PrintedReceipt> receipts = new ArrayList<>();
    private final List<Consumer<PrintedReceipt>> listeners = new CopyOnWriteArrayList<>();
    private final EscPosStreamParser parser = new EscPosStreamParser(this::jobDone, this::answerStatusRequest);
    private volatile MediaState paper = MediaState.OK;
    private volatile boolean coverOpen;
    private volatile boolean offline;
    private volatile boolean error;
    private volatile boolean statusSilent;
    private final Map<Integer, Byte> answerOverrides = new ConcurrentHashMap<>();

    public EscPosPrinterSimulator(ByteTransport deviceSide) {
        this.loop = new DeviceSideLoop(deviceSide, "escpos-printer-simulator", (chunk, n) -> parser.feed(chunk, 0, n));
    }

    /**
     * Opens the device side and starts receiving.
     *
     * @throws UncheckedIOException when the device side cannot be opened
     */
    public void start() {
        loop.start();
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

    /** Opens or closes the paper cover; an open cover makes the printer go offline. */
    public void setCoverOpen(boolean open) {
        coverOpen = open;
    }

    /** Takes the printer offline (or back online) without a cover or paper cause, as a switched-off head would. */
    public void setOffline(boolean offline) {
        this.offline = offline;
    }

    /** Makes the printer report an error (e.g. a cutter jam) in its offline cause, or clears it. */
    public void setError(boolean error) {
        this.error = error;
    }

    /** A printer model without real-time status: DLE EOT requests get no answer at all. */
    public void setStatusSilent(boolean silent) {
        statusSilent = silent;
    }

    /**
     * Answers DLE EOT {@code n} with this byte from now on, whatever paper and cover say (e.g. a model whose bits
     * differ); {@code null} goes back to the computed answer.
     */
    public void setStatusAnswer(int n, Byte answer) {
        if (answer == null) {
            answerOverrides.remove(n);
        } else {
            answerOverrides.put(n, answer);
        }
    }

    @Override
    public void close() {
        loop.close();
    }

    // listeners hear a receipt before awaitReceipt sees it, so whoever awaited it finds every listener informed
    private void jobDone(PrintedReceipt receipt) {
        for (Consumer<PrintedReceipt> listener : listeners) {
            try {
                listener.accept(receipt);
            } catch (RuntimeException e) {
                log.warn("printer simulator listener failed: {}", e.getClass().getName());
            }
        }
        synchronized (receipts) {
            receipts.add(receipt);
            receipts.notifyAll();
        }
    }

    private void answerStatusRequest(int n) {
        if (statusSilent) {
            return;
        }
        boolean paperOut = paper == MediaState.OUT;
        byte answer = answerOverrides.getOrDefault(n, switch (n) {
            case 1 -> RealtimeStatus.printerAnswer(coverOpen || paperOut || offline || error);
            case 2 -> RealtimeStatus.offlineCauseAnswer(coverOpen, paperOut, error);
            case 4 -> RealtimeStatus.paperAnswer(paper);
            default -> RealtimeStatus.NOTHING_TO_REPORT;
        });
        try {
            loop.write(new byte[] {answer});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
