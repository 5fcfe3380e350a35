package cn.egovkiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanLineParserTest {

    @Test
    void crLfSettingAlsoTakesABareLf() {
        assertThat(texts(new ScanLineParser(Terminator.CR_LF), "A1\r\nB2\nC3")).containsExactly("A1", "B2");
    }

    @Test
    void crSettingDropsAStrayLfAndEmptyLines() {
        assertThat(texts(new ScanLineParser(Terminator.CR), "A1\r\n\rB2\r")).containsExactly("A1", "B2");
    }

    @Test
    void anOverlongLineIsDroppedAndTheNextOneIsRead() {
        String noise = "x".repeat(ScanLineParser.MAX_LINE + 10);
        assertThat(texts(new ScanLineParser(Terminator.CR_LF), noise + "\r\nOK\r\n")).containsExactly("OK");
    }

    @Test
    void affixesAreRemovedOnlyWhereTheyAre() {
        byte[] prefix = "]Q1".getBytes(StandardCharsets.US_ASCII);
        byte[] suffix = "#".getBytes(StandardCharsets.US_ASCII);
        assertThat(CodeText.stripAffixes(bytes("]Q1CODE#"), prefix, suffix)).isEqualTo(bytes("CODE"));
        assertThat(CodeText.stripAffixes(bytes("CODE"), prefix, suffix)).isEqualTo(bytes("CODE"));
        assertThat(CodeText.stripAffixes(bytes("]Q1"), prefix, suffix)).isEmpty();
    }

    @Test
    void terminatorAndTriggerNamesParseAndBadOnesAreNamed() {
        assertThat(Terminator.parse("crlf")).isEqualTo(Terminator.CR_LF);
        assertThat(TriggerMode.parse("Honeywell")).isEqualTo(TriggerMode.HONEYWELL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Terminator.parse("tab"))
                .hasMessageContaining("tab");
    }

    private static List<String> texts(ScanLineParser parser, String stream) {
        byte[] bytes = bytes(stream);
        return parser.feed(bytes, 0, bytes.length).stream().map(line -> new String(line, StandardCharsets.UTF_8))
                .toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
