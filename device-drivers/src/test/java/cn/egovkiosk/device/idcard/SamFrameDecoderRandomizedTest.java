package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever arrives on the line, the decoder gives frames or {@link SamProtocolException}, and always returns. */
class SamFrameDecoderProperties {

    @Property(tries = 300)
    void randomBytesGiveOnlyFramesOrProtocolExceptions(@ForAll @Size(max = 3000) byte[] noise,
            @ForAll @IntRange(min = 1, max = 300) int chunk) {
        decodeInChunks(noise, chunk);
    }

    @Property(tries = 300)
    void mutatedFramesGiveOnlyFramesOrProtocolExceptions(@ForAll("frames") byte[] frame,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 100_000) Integer> positions,
            @ForAll byte value, @ForAll @IntRange(min = 1, max = 64) int chunk) {
        byte[] mutated = frame.clone();
        for (int position : positions) {
            mutated[position % mutated.length] ^= value == 0 ? 1 : value;
        }
        decodeInChunks(mutated, chunk);
    }

    @Property(tries = 300)
    void mutatedReadAnswersGiveOnlyProtocolOrCardReadExceptions(@ForAll @IntRange(min = 0, max = 1283) int position,
            @ForAll byte value) throws Exception {
        byte[] data = TextBlockFixture.sample().readAnswerData(new byte[1024]);
        data[position] ^= value == 0 ? 1 : value;
        try {
            CardReadPayload.parse(data);
        } catch (SamProtocolException | CardReadException expected) {
            // defined outcomes
        }
    }

    @Property(tries = 200)
    void aGoodFrameSurvivesJunkAndFragmentation(@ForAll("frames") byte[] frame,
            @ForAll @Size(max = 40) byte[] junk, @ForAll @IntRange(min = 1, max = 64) int chunk) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(junk);
        line.writeBytes(frame);

        List<byte[]> bodies = decodeInChunks(line.toByteArray(), chunk);

        byte[] body = Arrays.copyOfRange(frame, 7, frame.length - 1);
        assertThat(bodies).anySatisfy(decoded -> assertThat(decoded).isEqualTo(body));
    }

    @Provide
    Arbitrary<byte[]> frames() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(3).ofMaxSize(1300)
                .map(SamFrames::encode);
    }

    /** Feeds in chunks and drains after each; the step bound proves every call makes progress. */
    private static List<byte[]> decodeInChunks(byte[] bytes, int chunk) {
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
    }
}
