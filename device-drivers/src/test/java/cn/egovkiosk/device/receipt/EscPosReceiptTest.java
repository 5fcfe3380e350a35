package cn.egovkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Byte sequences of devices.md §2.1–2.5. */
class EscPosReceiptTest {

    @Test
    void startsWithInitialiseAndChineseMode() {
        assertThat(EscPosReceipt.builder().build().bytes()).isEqualTo(hex("1B 40 1C 26"));
    }

    @Test
    void writesTheReferenceReceiptHeader() {
        byte[] bytes = EscPosReceipt.builder()
                .align(EscPosReceipt.Alignment.CENTER).size(2, 2).bold(true).line("办事回执")
                .bold(false).size(1, 1).align(EscPosReceipt.Alignment.LEFT)
                .build().bytes();

        assertThat(bytes).isEqualTo(hex("1B 40 1C 26 1B 61 01 1D 21 11 1B 45 01 B0 EC CA C2 BB D8 D6 B4 0A"
                + " 1B 45 00 1D 21 00 1B 61 00"));
    }

    @Test
    void writesTheReferenceQrSequence() {
        byte[] bytes = EscPosReceipt.builder().qr("ABC123", 6, EscPosReceipt.QrErrorCorrection.M).build().bytes();

        assertThat(bytes).isEqualTo(hex("1B 40 1C 26"
                + "1D 28 6B 04 00 31 41 32 00"
                + "1D 28 6B 03 00 31 43 06"
                + "1D 28 6B 03 00 31 45 31"
                + "1D 28 6B 09 00 31 50 30 41 42 43 31 32 33"
                + "1D 28 6B 03 00 31 51 30"));
    }

    @Test
    void qrStoreLengthCountsUtf8BytesNotCharacters() {
        String payload = "https://zwfw.example.cn/回执?id=办事-001";
        int utf8Bytes = payload.getBytes(StandardCharsets.UTF_8).length;
        assertThat(utf8Bytes).isGreaterThan(payload.length());

        byte[] bytes = EscPosReceipt.builder().qr(payload).build().bytes();

        ByteArrayOutputStream store = new ByteArrayOutputStream();
        store.writeBytes(hex("1D 28 6B"));
        store.write((utf8Bytes + 3) & 0xFF);
        store.write((utf8Bytes + 3) >>> 8);
        store.writeBytes(hex("31 50 30"));
        store.writeBytes(payload.getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(bytes)).contains(HexFormat.of().formatHex(store.toByteArray()));
    }

    @Test
    void qrLengthUsesBothLengthBytesForLongPayloads() {
        String payload = "A".repeat(300);

        byte[] bytes = EscPosReceipt.builder().qr(payload).build().bytes();

        assertThat(HexFormat.of().formatHex(bytes)).contains("1d286b2f0131503041");
    }

    @Test
    void feedsAndCutsAtTheEnd() {
        byte[] bytes = EscPosReceipt.builder().feed(3).cut().build().bytes();

        assertThat(bytes).isEqualTo(hex("1B 40 1C 26 1B 64 03 1D 56 42 00"));
    }

    @Test
    void encodesRareCharactersInGb18030() {
        byte[] bytes = EscPosReceipt.builder().text("𠀀").build().bytes();

        assertThat(bytes).isEqualTo(hex("1B 40 1C 26 95 32 82 36"));
    }

    @Test
    void tellsTextThatSomePrintersCannotPrint() {
        assertThat(EscPosReceipt.needsFourByteCodes("张三 办事回执 ABC 喆 堃")).isFalse();
        assertThat(EscPosReceipt.needsFourByteCodes("𠮷田")).isTrue();
        assertThat(EscPosReceipt.needsFourByteCodes("")).isFalse();
    }

    @Test
    void refusesControlCharactersAndOutOfRangeArguments() {
        EscPosReceipt.Builder builder = EscPosReceipt.builder();

        assertThatThrownBy(() -> builder.text("a\u001B@b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.line("two\nlines")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.size(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.size(1, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.feed(256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.qr("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.qr("x".repeat(EscPosReceipt.MAX_QR_BYTES + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.qr("x", 9, EscPosReceipt.QrErrorCorrection.H))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.build().bytes()).as("refused input leaves nothing behind").isEqualTo(hex("1B 40 1C 26"));
    }

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }
}
