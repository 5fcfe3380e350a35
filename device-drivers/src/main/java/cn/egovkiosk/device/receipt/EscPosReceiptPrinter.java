package cn.egovkiosk.device.receipt;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer over one long-lived byte transport. Before each job it asks for the printer status, the
 * offline cause and the paper sensor (DLE EOT 1, 2 and 4) and sends nothing to a printer that is offline, has an open
 * cover, an error or no paper, because such printers keep the job and print it later (devices.md §2.9). A printer
 * that does not answer the status request gets the job, with media UNKNOWN. Every status change goes to the listener
 * given (e.g. a status board's publish); {@link PeriodicStatusCheck} polls between jobs.
 */
public final class EscPosReceiptPrinter implements ReceiptPrinter {

    static final Duration STATUS_ANSWER_TIMEOUT = Duration.ofMillis(500);
    private static final Logger log = LoggerFactory.getLogger(EscPosReceiptPrinter.class);

    private final String name;
    private final ByteTransport transport;
    private final Consumer<DeviceStatus> statusListener;
    private final ReceiptPrinterProfile profile;
    private volatile DeviceStatus status;

    public EscPosReceiptPrinter(String name, ByteTransport transport) {
        this(name, transport, changed -> { });
    }

    /** @param statusListener told every changed status, in the caller's thread (e.g. {@code board::publish}) */
    public EscPosReceiptPrinter(String name, ByteTransport transport, Consumer<DeviceStatus> statusListener) {
        this(name, transport, statusListener, ReceiptPrinterProfile.STANDARD);
    }

    /** @param profile what this printer model prints natively (from configuration) */
    public EscPosReceiptPrinter(String name, ByteTransport transport, Consumer<DeviceStatus> statusListener,
            ReceiptPrinterProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.name = Objects.requireNonNull(name, "name");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.statusListener = Objects.requireNonNull(statusListener, "statusListener");
        this.status = new DeviceStatus(name, DeviceState.OFFLINE, MediaState.UNKNOWN, "not used yet", Instant.now());
    }

    /**
     * Sends the receipt unless the printer reports paper out, an open cover or an error.
     *
     * @throws IOException when the printer cannot print now (nothing is sent; the status says why) or the transport
     *                     fails
     */
    @Override
    public synchronized void print(EscPosReceipt receipt) throws IOException {
        DeviceStatus before = refresh();
        if (before.state() != DeviceState.ONLINE) {
            throw new IOException(name + ": " + before.detail() + ", receipt not sent");
        }
        try {
            transport.write(receipt.bytes());
        } catch (IOException e) {
            update(DeviceState.OFFLINE, MediaState.UNKNOWN, "transport: " + e.getMessage());
            throw e;
        }
        log.debug("{}: receipt of {} bytes sent", name, receipt.bytes().length);
    }

    /** Asks the printer for its condition now (cover, error, paper) and returns the updated status. */
    public synchronized DeviceStatus checkStatus() {
        try {
            return refresh();
        } catch (IOException e) {
            return status; // OFFLINE, set by refresh
        }
    }

    /** A receipt builder for this printer model: what it cannot print natively becomes raster images. */
    public EscPosReceipt.Builder newReceipt() {
        return EscPosReceipt.builder(profile);
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    @Override
    public synchronized void close() throws IOException {
        transport.close();
        update(DeviceState.OFFLINE, MediaState.UNKNOWN, "closed");
    }

    private DeviceStatus refresh() throws IOException {
        byte[] answer = new byte[3];
        int got = 0;
        try {
            transport.open();
            discardStaleInput();
            transport.write(RealtimeStatus.REQUEST);
            long deadline = System.nanoTime() + STATUS_ANSWER_TIMEOUT.toNanos();
            while (got < answer.length && System.nanoTime() < deadline) {
                got += transport.read(answer, got, answer.length - got,
                        Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            }
        } catch (IOException e) {
            update(DeviceState.OFFLINE, MediaState.UNKNOWN, "transport: " + e.getMessage());
            throw e;
        }
        if (got < answer.length || !RealtimeStatus.isStatusAnswer(answer[0])
                || !RealtimeStatus.isStatusAnswer(answer[1]) || !RealtimeStatus.isStatusAnswer(answer[2])) {
            // printers without real-time status still print; their condition is unknown
            update(DeviceState.ONLINE, MediaState.UNKNOWN, "no answer to the status request");
            return status;
        }
        MediaState paper = RealtimeStatus.paper(answer[2]);
        if (RealtimeStatus.errorOccurred(answer[1])) {
            update(DeviceState.HARDWARE_ERROR, paper, "printer reports an error");
        } else if (RealtimeStatus.coverOpen(answer[1])) {
            update(DeviceState.USER_ERROR, paper, "cover open");
        } else if (paper == MediaState.OUT) {
            update(DeviceState.USER_ERROR, paper, "paper out");
        } else if (RealtimeStatus.offline(answer[0])) {
            update(DeviceState.OFFLINE, paper, "printer offline");
        } else {
            update(DeviceState.ONLINE, paper, "");
        }
        return status;
    }

    /**
     * Late status bytes (or automatic status back) must not pass for the answer to this request. Bounded, because a
     * wrong device on the port may send without pause.
     */
    private void discardStaleInput() throws IOException {
        byte[] chunk = new byte[256];
        for (int i = 0; i < 16 && transport.read(chunk, 0, chunk.length, Duration.ZERO) > 0; i++) {
            // dropped
        }
    }

    private void update(DeviceState state, MediaState media, String detail) {
        DeviceStatus current = status;
        if (current.state() != state || current.media() != media || !current.detail().equals(detail)) {
            if (current.state() != state || current.media() != media) {
                log.info("{}: {}/{} -> {}/{} {}", name, current.state(), current.media(), state, media, detail);
            }
            Instant since = current.state() == state ? current.since() : Instant.now();
            status = new DeviceStatus(name, state, media, detail, since);
            try {
                statusListener.accept(status);
            } catch (RuntimeException e) {
                log.warn("{}: status listener failed: {}", name, e.getClass().getName());
            }
        }
    }
}
