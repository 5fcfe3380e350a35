package cn.egovkiosk.device.simulator;

import java.time.Instant;
import java.util.List;

/**
 * One print job as a simulated printer received it, up to and including the cut.
 *
 * @param raw         the bytes of the job
 * @param textLines   the printed text lines, decoded from GB18030
 * @param qrPayloads  the QR payloads stored with GS ( k function 180
 * @param receivedAt  when the cut arrived
 */
public record PrintedReceipt(byte[] raw, List<String> textLines, List<String> qrPayloads, Instant receivedAt) {

    public PrintedReceipt {
        raw = raw.clone();
        textLines = List.copyOf(textLines);
        qrPayloads = List.copyOf(qrPayloads);
    }

    /** A copy: listeners and tests share one receipt. */
    @Override
    public byte[] raw() {
        return raw.clone();
    }

    @Override
    public String toString() {
        return "PrintedReceipt[" + raw.length + " bytes, " + textLines.size() + " lines, " + qrPayloads.size()
                + " QR, receivedAt=" + receivedAt + "]";
    }
}
