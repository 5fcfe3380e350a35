package cn.egovkiosk.device.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.receipt.EscPosReceipt;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscPosStreamParserTest {

    private final List<PrintedReceipt> jobs = new ArrayList<>();
    private final List<Integer> statusRequests = new ArrayList<>();
    private final EscPosStreamParser parser = new EscPosStreamParser(jobs::add, statusRequests::add);

    @Test
    void decodesAReceiptFedOneByteAtATime() {
        byte[] bytes = EscPosReceipt.builder().size(2, 2).line("办事回执").size(1, 1).line("𠮷田 先生")
                .qr("https://example.cn/回执/1").cut().build().bytes();

        for (int i = 0; i < bytes.length; i++) {
            parser.feed(bytes, i, 1);
        }

        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.textLines()).containsExactly("办事回执", "𠮷田 先生");
            assertThat(job.qrPayloads()).containsExactly("https://example.cn/回执/1");
            assertThat(job.raw()).isEqualTo(bytes);
        });
    }

    @Test
    void answersRealTimeStatusRequestsWithoutPrintingThem() {
        feed("10 04 04");
        byte[] receipt = EscPosReceipt.builder().line("一").cut().build().bytes();
        parser.feed(receipt, 0, receipt.length);
        feed("10 04 01");

        assertThat(statusRequests).containsExactly(4, 1);
        assertThat(jobs).singleElement().satisfies(job -> assertThat(job.raw()).isEqualTo(receipt));
    }

    @Test
    void skipsBarcodesAndRasterImagesByTheirDeclaredLength() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(hex("1B 40"));
        stream.writeBytes(hex("1D 6B 49 05 7B 42 41 42 43")); // CODE128 "{BABC": would print as text if misparsed
        stream.writeBytes(hex("1D 6B 04 41 42 43 00")); // CODE39 "ABC" NUL-terminated
        stream.writeBytes(hex("1D 76 30 00 02 00 02 00 41 41 41 41")); // 2 x 2 raster bytes
        stream.writeBytes(hex("1B 21 30 1C 21 04 1D 48 02 41 0A"));
        stream.writeBytes(hex("1D 56 00"));
        byte[] bytes = stream.toByteArray();

        parser.feed(bytes, 0, bytes.length);

        assertThat(jobs).singleElement().satisfies(job -> assertThat(job.textLines()).containsExactly("A"));
    }

    @Test
    void aRasterHeaderClaimingGigabytesIsSkippedNotAwaited() {
        feed("1D 76 30 00 FF FF FF FF 41 0A 1D 56 00");

        assertThat(jobs).singleElement().satisfies(job -> assertThat(job.textLines()).containsExactly("A"));
    }

    @Test
    void aPartialCutWithFeedAndPendingTextEndsTheJob() {
        feed("1B 40 1C 26 C4 E3 BA C3 1D 56 42 05");

        assertThat(jobs).singleElement().satisfies(job -> assertThat(job.textLines()).containsExactly("你好"));
    }

    @Test
    void keepsJobsApart() {
        feed("41 0A 1D 56 01 42 0A 1D 56 41 00");

        assertThat(jobs).extracting(PrintedReceipt::textLines).containsExactly(List.of("A"), List.of("B"));
    }

    @Test
    void qrFunctionsOtherThanStoreCarryNoPayload() {
        feed("1D 28 6B 03 00 31 43 06 1D 28 6B 03 00 31 51 30 1D 56 00");

        assertThat(jobs).singleElement().satisfies(job -> assertThat(job.qrPayloads()).isEmpty());
    }

    private void feed(String spacedHex) {
        byte[] bytes = hex(spacedHex);
        parser.feed(bytes, 0, bytes.length);
    }

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }
}
