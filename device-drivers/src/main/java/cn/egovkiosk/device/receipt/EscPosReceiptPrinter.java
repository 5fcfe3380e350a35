package cn.egovkiosk.device.receipt;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer over one long-lived byte transport. Before each job it asks for the paper sensor (DLE
 * EOT 4) and refuses to send into a printer without paper, because such printers keep the job and print it after a
 * refill (devices.md §2.9). A printer that does not answer the status request gets the job, with media UNKNOWN.
 */
public final class EscPosReceiptPrinter implements ReceiptPrinter {

    static final Duration STATUS_ANSWER_TIMEOUT = Duration.ofMillis(500);
    private static final Logger log = LoggerFactory.getLogger(EscPosReceiptPrinter.class);

    private final String name;
    private final ByteTransport transport;
    private volatile DeviceStatus status;

    public EscPosReceiptPrinter(String name, ByteTransport transport) {
        this.name = name;
        this.transport = transport;
        this.status = new DeviceStatus(name, DeviceState.OFFLINE, MediaState.UNKNOWN, "not used yet", Instant.now());
    }

    /**
     * Sends the receipt when the printer has paper.
     *
     * @throws IOException when the printer is out of paper (nothing is sent) or the transport fails
     */
    @Override
    public synchronized void print(EscPosReceipt receipt) throws IOException {
        MediaState paper = checkPaper();
        if (paper == MediaState.OUT) {
            throw new IOException(name + ": paper out, receipt not sent");
        }
        try {
            transport.write(receipt.bytes());
        } catch (IOException e) {
            update(DeviceState.OFFLINE, MediaState.UNKNOWN, "transport: " + e.getMessage());
            throw e;
        }
        log.debug("{}: receipt of {} bytes sent", name, receipt.bytes().length);
    }

    /** Asks the printer for its paper sensor now and returns the updated status. */
    public synchronized DeviceStatus checkStatus() {
        try {
            checkPaper();
        } catch (IOException e) {
            // already reflected in the status
        }
        return status;
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

    private MediaState checkPaper() throws IOException {
        try {
            transport.open();
            discardStaleInput();
            transport.write(EscPos.PAPER_STATUS_REQUEST);
            byte[] answer = new byte[1];
            int n = transport.read(answer, 0, 1, STATUS_ANSWER_TIMEOUT);
            MediaState paper = n == 1 ? PaperStatus.fromSensorByte(answer[0]) : MediaState.UNKNOWN;
            if (paper == MediaState.OUT) {
                update(DeviceState.USER_ERROR, paper, "paper out");
            } else {
                update(DeviceState.ONLINE, paper, n == 1 ? "" : "no answer to the paper status request");
            }
            return paper;
        } catch (IOException e) {
            update(DeviceState.OFFLINE, MediaState.UNKNOWN, "transport: " + e.getMessage());
            throw e;
        }
    }

    /** Late status bytes (or automatic status back) must not pass for the answer to this request. */
    private void discardStaleInput() throws IOException {
        byte[] chunk = new byte[64];
        while (transport.read(chunk, 0, chunk.length, Duration.ZERO) > 0) {
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
        }
    }
}
