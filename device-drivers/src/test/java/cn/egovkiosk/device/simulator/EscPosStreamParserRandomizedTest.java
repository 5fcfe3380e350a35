package cn.egovkiosk.device.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.receipt.EscPosReceipt;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The printer simulator survives any byte stream and decodes any receipt however the bytes are split. */
class EscPosStreamParserProperties {

    @Property(tries = 300)
    void anyByteStreamIsParsedWithoutAnException(@ForAll @Size(max = 2000) byte[] stream,
            @ForAll @IntRange(min = 1, max = 100) int chunk) {
        EscPosStreamParser parser = new EscPosStreamParser(job -> { }, n -> { });
        for (int from = 0; from < stream.length; from += chunk) {
            parser.feed(stream, from, Math.min(chunk, stream.length - from));
        }
    }

    @Property(tries = 200)
    void aReceiptDecodesToItsLinesAndQrWhateverTheSplit(
            @ForAll @Size(min = 1, max = 5) List<@StringLength(max = 30) String> lines,
            @ForAll @StringLength(min = 1, max = 200) String qr, @ForAll @IntRange(min = 1, max = 50) int chunk) {
        List<String> printable = lines.stream().map(EscPosStreamParserProperties::printable).toList();
        EscPosReceipt.Builder builder = EscPosReceipt.builder();
        printable.forEach(builder::line);
        String payload = printable(qr).isEmpty() ? "x" : printable(qr);
        byte[] bytes = builder.qr(payload).cut().build().bytes();

        List<PrintedReceipt> jobs = new ArrayList<>();
        EscPosStreamParser parser = new EscPosStreamParser(jobs::add, n -> { });
        for (int from = 0; from < bytes.length; from += chunk) {
            parser.feed(bytes, from, Math.min(chunk, bytes.length - from));
        }

        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.textLines()).isEqualTo(printable);
            assertThat(job.qrPayloads()).containsExactly(payload);
            assertThat(job.raw()).isEqualTo(bytes);
        });
    }

    /** Receipt text may not hold control characters, and lone surrogates survive no encoding. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .filter(c -> c > 0xFFFF || !Character.isISOControl(c) && !Character.isSurrogate((char) c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
