package cn.egovkiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Line noise and random host bytes: the scanner's parsers never throw, never grow without bound, lose no code. */
class ScannerParsersRandomizedTest {

    @RepeatedTest(50)
    void randomBytesGiveOnlyBoundedLinesWithoutTerminators(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        for (Terminator terminator : Terminator.values()) {
            ScanLineParser parser = new ScanLineParser(terminator);
            byte[] noise = new byte[random.nextInt(20_000)];
            random.nextBytes(noise);
            List<byte[]> lines = feedInPieces(parser, noise, random);
            for (byte[] line : lines) {
                assertThat(line.length).isBetween(1, ScanLineParser.MAX_LINE);
                assertThat(line).doesNotContain((byte) '\r', (byte) '\n');
                assertThat(CodeText.decode(line, StandardCharsets.UTF_8)).isNotNull();
            }
        }
    }

    @RepeatedTest(50)
    void aCodeAfterNoiseIsReadWhole(RepetitionInfo repetition) {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        ScanLineParser parser = new ScanLineParser(Terminator.CR_LF);
        byte[] noise = new byte[random.nextInt(500)];
        random.nextBytes(noise);
        String code = "电子证照-" + random.nextInt(1_000_000);
        byte[] stream = concat(noise, "\r\n".getBytes(StandardCharsets.US_ASCII),
                (code + "\r\n").getBytes(StandardCharsets.UTF_8));

        List<byte[]> lines = feedInPieces(parser, stream, random);

        assertThat(new String(lines.getLast(), StandardCharsets.UTF_8)).isEqualTo(code);
    }

    @RepeatedTest(50)
    void randomHostBytesAroundATriggerStillTrigger(RepetitionInfo repetition) {
        Random random = new Random(2000 + repetition.getCurrentRepetition());
        int[] triggers = {0};
        ScannerCommandParser parser = new ScannerCommandParser(new ScannerCommandParser.Commands() {
            @Override
            public void trigger() {
                triggers[0]++;
            }

            @Override
            public void stop() {
            }

            @Override
            public void menu(String command) {
                assertThat(command.length()).isLessThanOrEqualTo(64);
            }
        });
        byte[] noise = new byte[random.nextInt(5000)];
        random.nextBytes(noise);
        parser.feed(noise, noise.length);
        int before = triggers[0];
        byte[] trigger = concat(new byte[] {'x'}, HoneywellCommands.TRIGGER); // ends any half-read command

        parser.feed(trigger, trigger.length);

        assertThat(triggers[0]).isEqualTo(before + 1);
    }

    private static List<byte[]> feedInPieces(ScanLineParser parser, byte[] stream, Random random) {
        List<byte[]> lines = new ArrayList<>();
        int at = 0;
        while (at < stream.length) {
            int piece = Math.min(stream.length - at, 1 + random.nextInt(64));
            lines.addAll(parser.feed(stream, at, piece));
            at += piece;
        }
        return lines;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
