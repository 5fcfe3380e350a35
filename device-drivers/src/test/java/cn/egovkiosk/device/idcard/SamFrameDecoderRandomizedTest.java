package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.egovkiosk.device.RandomCases;
import cn.egovkiosk.device.RandomizedCases;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Whatever arrives on the line, the decoder gives frames or {@link SamProtocolException}, and always returns. */
class SamFrameDecoderRandomizedTest {

    @RandomizedCases(baseSeed = 0xF4A3_0001L, cases = 300)
    void randomBytesGiveOnlyFramesOrProtocolExceptions(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] noise = RandomCases.bytes(random, 0, 3000);
        int chunk = RandomCases.between(random, 1, 300);

        decodeInChunks(noise, chunk);
    }

    @RandomizedCases(baseSeed = 0xF4A3_0002L, cases = 300)
    void mutatedFramesGiveOnlyFramesOrProtocolExceptions(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] mutated = frame(random);
        byte value = RandomCases.nonZeroByte(random);
        for (int positions = RandomCases.between(random, 1, 8); positions > 0; positions--) {
            mutated[RandomCases.between(random, 0, 100_000) % mutated.length] ^= value;
        }
        int chunk = RandomCases.between(random, 1, 64);

        decodeInChunks(mutated, chunk);
    }

    @RandomizedCases(baseSeed = 0xF4A3_0003L, cases = 300)
    void mutatedReadAnswersGiveOnlyProtocolOrCardReadExceptions(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] data = TextBlockFixture.sample().readAnswerData(new byte[1024]);
        data[RandomCases.between(random, 0, data.length - 1)] ^= RandomCases.nonZeroByte(random);
        try {
            CardReadPayload.parse(data);
        } catch (SamProtocolException | CardReadException expected) {
            // defined outcomes; any other exception fails the test
        }
    }

    @RandomizedCases(baseSeed = 0xF4A3_0004L, cases = 200)
    void aGoodFrameSurvivesJunkAndFragmentation(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] frame = frame(random);
        byte[] junk = RandomCases.bytes(random, 0, 40);
        int chunk = RandomCases.between(random, 1, 64);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(junk);
        line.writeBytes(frame);

        List<byte[]> bodies = decodeInChunks(line.toByteArray(), chunk);

        byte[] body = Arrays.copyOfRange(frame, SamFrames.HEADER_LENGTH, frame.length - 1);
        assertThat(bodies).anySatisfy(decoded -> assertThat(decoded).isEqualTo(body));
    }

    /** A well-formed frame around a random body of 3 to 1300 bytes. */
    private static byte[] frame(SplittableRandom random) {
        return SamFrames.encode(RandomCases.bytes(random, 3, 1300));
    }

    /**
     * Feeds in chunks and drains after each; the step bound proves every {@code next()} makes progress, the
     * timeout that no single call loops forever.
     */
    private static List<byte[]> decodeInChunks(byte[] bytes, int chunk) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            SamFrameDecoder decoder = SamFrameDecoder.forResponses();
            List<byte[]> bodies = new ArrayList<>();
            int steps = 0;
            for (int from = 0; from < bytes.length; from += chunk) {
                decoder.feed(bytes, from, Math.min(chunk, bytes.length - from));
                while (true) {
                    assertThat(++steps).as("decoder steps").isLessThan(2 * bytes.length + 100);
                    try {
                        Optional<byte[]> body = decoder.next();
                        if (body.isEmpty()) {
                            break;
                        }
                        bodies.add(body.get());
                    } catch (SamProtocolException expected) {
                        // a defined outcome; decoding goes on
                    }
                }
            }
            return bodies;
        });
    }
}
