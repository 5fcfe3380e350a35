package cn.egovkiosk.device.idcard;

import java.util.Arrays;

/**
 * SAM frame layout (devices.md §1.2): preamble {@code AA AA AA 96 69}, a big-endian length counting every byte after
 * it (checksum included), the body, and an XOR checksum over the length bytes through the last body byte.
 */
public final class SamFrames {

    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** Preamble plus the two length bytes. */
    static final int HEADER_LENGTH = PREAMBLE.length + 2;
    /** Largest length field a module sends: text, photo and two fingerprint templates (2321-byte frame). */
    public static final int MAX_LENGTH = 2314;
    /** Smallest request length field: CMD, Para, checksum. */
    public static final int MIN_REQUEST_LENGTH = 3;
    /** Smallest response length field: SW1, SW2, SW3, checksum. */
    public static final int MIN_RESPONSE_LENGTH = 4;

    private SamFrames() {
    }

    /** Wraps a body (CMD Para Data, or SW1 SW2 SW3 Data) into a complete frame. */
    public static byte[] encode(byte[] body) {
        int length = body.length + 1;
        if (length > 0xFFFF) {
            throw new IllegalArgumentException("SAM frame body too long: " + body.length + " bytes");
        }
        byte[] frame = Arrays.copyOf(PREAMBLE, HEADER_LENGTH + length);
        frame[5] = (byte) (length >>> 8);
        frame[6] = (byte) length;
        System.arraycopy(body, 0, frame, HEADER_LENGTH, body.length);
        frame[frame.length - 1] = checksum(frame, PREAMBLE.length, frame.length - 1);
        return frame;
    }

    /** XOR of {@code bytes[from]} up to, not including, {@code bytes[to]}. */
    static byte checksum(byte[] bytes, int from, int to) {
        byte xor = 0;
        for (int i = from; i < to; i++) {
            xor ^= bytes[i];
        }
        return xor;
    }
}
