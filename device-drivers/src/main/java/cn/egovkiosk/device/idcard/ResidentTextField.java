package cn.egovkiosk.device.idcard;

import java.nio.charset.StandardCharsets;

/**
 * The fields of the 256-byte text block of a resident ID card (GA/T 490, devices.md §1.8), UTF-16LE, padded with
 * spaces. Also the layout the simulator writes, and the base of the HK/Macau/Taiwan permit layout.
 */
public enum ResidentTextField {
    NAME(0, 30),
    SEX(30, 2),
    NATION(32, 4),
    BIRTH_DATE(36, 16),
    ADDRESS(52, 70),
    ID_NUMBER(122, 36),
    ISSUING_AUTHORITY(158, 30),
    VALID_FROM(188, 16),
    VALID_TO(204, 16);

    /** Size of the text block. */
    public static final int BLOCK_LENGTH = 256;
    /** Offset of the card-type letter ({@code J}, {@code I}, {@code Y}; anything else is a resident card). */
    public static final int TYPE_OFFSET = 248;

    private final int offset;
    private final int length;

    ResidentTextField(int offset, int length) {
        this.offset = offset;
        this.length = length;
    }

    public int offset() {
        return offset;
    }

    public int length() {
        return length;
    }

    /** The field's text with the padding (spaces, NULs) removed. */
    public String read(byte[] block) {
        return readText(block, offset, length);
    }

    /**
     * Writes a value, padded with spaces.
     *
     * @throws IllegalArgumentException when the value does not fit (the message does not hold the value)
     */
    public void write(byte[] block, String value) {
        writeText(block, offset, length, value, name());
    }

    static String readText(byte[] block, int offset, int length) {
        String text = new String(block, offset, length, StandardCharsets.UTF_16LE);
        int from = 0;
        int to = text.length();
        while (from < to && isPadding(text.charAt(from))) {
            from++;
        }
        while (to > from && isPadding(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /**
     * Writes UTF-16LE text padded with spaces into any card field (also outside the text block, e.g. an
     * appended-address entry).
     *
     * @throws IllegalArgumentException when the value does not fit (the message names the field, not the value)
     */
    public static void writeText(byte[] block, int offset, int length, String value, String fieldName) {
        byte[] encoded = value.getBytes(StandardCharsets.UTF_16LE);
        if (encoded.length > length) {
            throw new IllegalArgumentException(fieldName + " takes at most " + length / 2 + " UTF-16 units, got "
                    + encoded.length / 2);
        }
        System.arraycopy(encoded, 0, block, offset, encoded.length);
        for (int i = offset + encoded.length; i < offset + length; i += 2) {
            block[i] = ' ';
            block[i + 1] = 0;
        }
    }

    private static boolean isPadding(char c) {
        return c == ' ' || c == '\u0000' || c == '\u3000';
    }
}
