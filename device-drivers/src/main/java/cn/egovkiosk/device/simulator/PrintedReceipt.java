package cn.egovkiosk.device.simulator;

import java.time.Instant;
import java.util.List;

/**
 * One print job as a simulated printer received it, up to and including the cut.
 *
 * @param raw         the bytes of the job
 * @param textLines   the printed text lines, decoded from GB18030
 * @param qrPayloads  the QR payloads stored with GS ( k function 180
 * @param barcodes    the 1-D barcode data (GS k), CODE128 without its code-set prefix
 * @param images      the raster images (GS v 0), e.g. lines with rare characters or QR codes drawn by the host
 * @param receivedAt  when the cut arrived
 */
public record PrintedReceipt(byte[] raw, List<String> textLines, List<String> qrPayloads, List<String> barcodes,
        List<PrintedImage> images, Instant receivedAt) {

    public PrintedReceipt {
        raw = raw.clone();
        textLines = List.copyOf(textLines);
        qrPayloads = List.copyOf(qrPayloads);
        barcodes = List.copyOf(barcodes);
        images = List.copyOf(images);
    }

    /** A copy: listeners and tests share one receipt. */
    @Override
    public byte[] raw() {
        return raw.clone();
    }

    @Override
    public String toString() {
        return "PrintedReceipt[" + raw.length + " bytes, " + textLines.size() + " lines, " + qrPayloads.size()
                + " QR, " + barcodes.size() + " barcodes, " + images.size() + " images, receivedAt=" + receivedAt + "]";
    }
}
