package cn.egovkiosk.device.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.egovkiosk.device.RandomCases;
import cn.egovkiosk.device.RandomizedCases;
import cn.egovkiosk.device.receipt.EscPosReceipt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/** The printer simulator survives any byte stream and decodes any receipt however the bytes are split. */
class EscPosStreamParserRandomizedTest {

    @RandomizedCases(baseSeed = 0xE5C0_0001L, cases = 300)
    void anyByteStreamIsParsedWithoutAnException(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] stream = RandomCases.bytes(random, 0, 2000);
        int chunk = RandomCases.between(random, 1, 100);

        // a parser stuck in a loop would hang the simulator's reader thread: bound it
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            EscPosStreamParser parser = new EscPosStreamParser(job -> { }, n -> { });
            feedInChunks(parser, stream, chunk);
        });
    }

    @RandomizedCases(baseSeed = 0xE5C0_0002L, cases = 200)
    void aReceiptDecodesToItsLinesAndQrWhateverTheSplit(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> printable = Stream.generate(() -> printable(anyText(random, 0, 30)))
                .limit(RandomCases.between(random, 1, 5)).toList();
        String qr = printable(anyText(random, 1, 200));
        int chunk = RandomCases.between(random, 1, 50);
        EscPosReceipt.Builder builder = EscPosReceipt.builder();
        printable.forEach(builder::line);
        String payload = qr.isEmpty() ? "x" : qr;
        byte[] bytes = builder.qr(payload).cut().build().bytes();

        List<PrintedReceipt> jobs = new ArrayList<>();
        feedInChunks(new EscPosStreamParser(jobs::add, n -> { }), bytes, chunk);

        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.textLines()).isEqualTo(printable);
            assertThat(job.qrPayloads()).containsExactly(payload);
            assertThat(job.raw()).isEqualTo(bytes);
        });
    }

    private static void feedInChunks(EscPosStreamParser parser, byte[] bytes, int chunk) {
        for (int from = 0; from < bytes.length; from += chunk) {
            parser.feed(bytes, from, Math.min(chunk, bytes.length - from));
        }
    }

    /**
     * Text of any UTF-16 chars: ASCII, Chinese, control characters, lone surrogates, supplementary characters and
     * any char at all, so that {@link #printable} has something to remove.
     */
    private static String anyText(SplittableRandom random, int minLength, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = RandomCases.between(random, minLength, maxLength); i > 0; i--) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) random.nextInt(0x20, 0x7F));
                case 1 -> text.append((char) random.nextInt(0x4E00, 0x9FA6));
                case 2 -> text.append((char) random.nextInt(0x00, 0xA0));
                case 3 -> text.append((char) random.nextInt(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1));
                case 4 -> text.append((char) random.nextInt(0x10000));
                default -> text.appendCodePoint(random.nextInt(0x10000, Character.MAX_CODE_POINT + 1));
            }
        }
        return text.toString();
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
