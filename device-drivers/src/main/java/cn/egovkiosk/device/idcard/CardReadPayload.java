package cn.egovkiosk.device.idcard;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The data of a successful read answer (devices.md §1.7), in either layout a module sends:
 * <ul>
 * <li>{@code 30 01}: text length, photo length (big-endian), text, photo — a 1295-byte frame;</li>
 * <li>{@code 30 10}: text, photo and fingerprint lengths, text, photo, fingerprint templates — 1297 bytes without
 * fingerprints, 1809 with one template, 2321 with two.</li>
 * </ul>
 * The layout is told apart by the lengths, not by the command sent, so a module that answers one read with the other's
 * layout is still understood. Fingerprint templates are never copied out and are zeroed in the data given.
 */
public final class CardReadPayload {

    static final int TEXT_LENGTH = 256;
    static final int PHOTO_LENGTH = 1024;
    /** Two 512-byte templates at most (GA/T 490). */
    static final int MAX_FINGERPRINT_LENGTH = 1024;
    private static final int PLAIN_HEADER = 4;
    private static final int FINGERPRINT_HEADER = 6;

    private CardReadPayload() {
    }

    /**
     * The identity in a read answer's data. Zeroes the data's fingerprint bytes, whether or not parsing succeeds.
     *
     * @throws SamProtocolException (BAD_PAYLOAD) when the declared lengths do not match the data
     * @throws CardReadException    when the text block holds an unreadable field
     */
    public static ResidentIdentity parse(byte[] data) throws SamProtocolException, CardReadException {
        try {
            int textAt = headerLength(data);
            if (textAt < 0) {
                throw new SamProtocolException(SamProtocolException.Reason.BAD_PAYLOAD,
                        "read answer of " + data.length + " bytes does not match its declared lengths");
            }
            byte[] text = Arrays.copyOfRange(data, textAt, textAt + TEXT_LENGTH);
            byte[] photo = Arrays.copyOfRange(data, textAt + TEXT_LENGTH, textAt + TEXT_LENGTH + PHOTO_LENGTH);
            return TextBlockParser.parse(text, photo);
        } finally {
            dropFingerprints(data);
        }
    }

    /** Whether a success answer has the shape of card data (a stray answer to another command has not). */
    static boolean isCardData(SamResponse answer) {
        return headerLength(answer.dataLength(), answer::dataByte) > 0;
    }

    /** Where the text starts (4 or 6), or -1 when the lengths up front do not describe the data. */
    private static int headerLength(byte[] data) {
        return headerLength(data.length, i -> data[i] & 0xFF);
    }

    private static int headerLength(int size, IntUnaryOperator at) {
        if (size < PLAIN_HEADER) {
            return -1;
        }
        int text = word(at, 0);
        int photo = word(at, 2);
        if (text != TEXT_LENGTH || photo != PHOTO_LENGTH) {
            return -1;
        }
        if (size == PLAIN_HEADER + text + photo) {
            return PLAIN_HEADER;
        }
        if (size < FINGERPRINT_HEADER) {
            return -1;
        }
        int fingerprints = word(at, 4);
        return fingerprints <= MAX_FINGERPRINT_LENGTH && size == FINGERPRINT_HEADER + text + photo + fingerprints
                ? FINGERPRINT_HEADER : -1;
    }

    private static int word(IntUnaryOperator at, int index) {
        return at.applyAsInt(index) << 8 | at.applyAsInt(index + 1);
    }

    /** Everything behind the longest header, text and photo is fingerprint data (or junk): it is not kept. */
    private static void dropFingerprints(byte[] data) {
        int keep = Math.min(data.length, FINGERPRINT_HEADER + TEXT_LENGTH + PHOTO_LENGTH);
        Arrays.fill(data, keep, data.length, (byte) 0);
    }
}
