package cn.egovkiosk.device.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * One code a scanner read (XFS4IoT BarcodeReader {@code readOutput}). A code a resident shows may carry personal data
 * or a short-lived identity token: {@link #toString()} shows its length only.
 *
 * @param text      the code's text, prefix and suffix removed
 * @param raw       the bytes as the scanner sent them between prefix and suffix (for a camera frame, the text
 *                  in UTF-8)
 * @param symbology e.g. {@code QR_CODE} for camera frames; {@code UNKNOWN} where a serial scanner does not say
 * @param readAt    when the code arrived
 */
public record ScannedCode(String text, byte[] raw, String symbology, Instant readAt) {

    public static final String UNKNOWN_SYMBOLOGY = "UNKNOWN";

    public ScannedCode {
        Objects.requireNonNull(text, "text");
        raw = raw == null ? new byte[0] : raw.clone();
        symbology = symbology == null || symbology.isBlank() ? UNKNOWN_SYMBOLOGY : symbology;
        Objects.requireNonNull(readAt, "readAt");
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    @Override
    public String toString() {
        return "ScannedCode[" + symbology + ", " + text.codePointCount(0, text.length()) + " characters]";
    }
}
