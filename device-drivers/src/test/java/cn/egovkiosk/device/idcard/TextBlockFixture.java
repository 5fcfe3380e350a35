package cn.egovkiosk.device.idcard;

import java.nio.charset.StandardCharsets;

/**
 * Builds 256-byte text blocks field by field at the offsets of devices.md §1.8, written out here independently of the
 * production layout so that a wrong offset there shows up.
 */
final class TextBlockFixture {

    private final byte[] block = new byte[256];

    static TextBlockFixture resident(String name, String idNumber, String validTo) {
        return new TextBlockFixture()
                .put(0, 30, name)
                .put(30, 2, "1")
                .put(32, 4, "01")
                .put(36, 16, "19491231")
                .put(52, 70, "北京市朝阳区建国路1号")
                .put(122, 36, idNumber)
                .put(158, 30, "北京市公安局朝阳分局")
                .put(188, 16, "20100101")
                .put(204, 16, validTo);
    }

    static TextBlockFixture sample() {
        return resident("张三", "11010519491231002X", "20300101");
    }

    /** Writes UTF-16LE text padded with spaces, as cards do. */
    TextBlockFixture put(int offset, int length, String value) {
        byte[] encoded = value.getBytes(StandardCharsets.UTF_16LE);
        if (encoded.length > length) {
            throw new IllegalArgumentException("fixture value too long for offset " + offset);
        }
        System.arraycopy(encoded, 0, block, offset, encoded.length);
        for (int i = offset + encoded.length; i < offset + length; i += 2) {
            block[i] = ' ';
            block[i + 1] = 0;
        }
        return this;
    }

    TextBlockFixture type(char letter) {
        block[248] = (byte) letter;
        block[249] = 0;
        return this;
    }

    byte[] bytes() {
        return block.clone();
    }

    /** The data of a {@code 30 01} answer: lengths, this block, a photo. */
    byte[] readAnswerData(byte[] photo) {
        byte[] data = new byte[4 + 256 + photo.length];
        data[0] = 0x01;
        data[2] = (byte) (photo.length >>> 8);
        data[3] = (byte) photo.length;
        System.arraycopy(block, 0, data, 4, 256);
        System.arraycopy(photo, 0, data, 260, photo.length);
        return data;
    }
}
