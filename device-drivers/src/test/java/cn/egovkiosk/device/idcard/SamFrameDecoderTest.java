package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SamFrameDecoderTest {

    private static final String CARD_FOUND = "AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97";
    private static final String NO_CARD = "AA AA AA 96 69 00 04 00 00 80 84";

    private final SamFrameDecoder decoder = SamFrameDecoder.forResponses();

    @Test
    void skipsJunkBeforeThePreamble() throws Exception {
        feed("00 FF 13 AA 96 69 AA AA " + CARD_FOUND);

        assertThat(sw3(decoder.next())).isEqualTo(0x9F);
        assertThat(decoder.next()).isEmpty();
    }

    @Test
    void findsTheFrameBehindAFourthSyncByte() throws Exception {
        feed("AA " + NO_CARD);

        assertThat(sw3(decoder.next())).isEqualTo(0x80);
    }

    @Test
    void joinsAFrameThatArrivesOneByteAtATime() throws Exception {
        byte[] frame = Hex.bytes(CARD_FOUND);
        for (int i = 0; i < frame.length - 1; i++) {
            decoder.feed(frame, i, 1);
            assertThat(decoder.next()).as("after %d bytes", i + 1).isEmpty();
        }
        decoder.feed(frame, frame.length - 1, 1);

        assertThat(sw3(decoder.next())).isEqualTo(0x9F);
    }

    @Test
    void keepsAPreambleSplitAcrossReads() throws Exception {
        feed("13 37 AA AA");
        assertThat(decoder.next()).isEmpty();
        feed("AA 96 69 00 04 00 00 80 84");

        assertThat(sw3(decoder.next())).isEqualTo(0x80);
    }

    @Test
    void reportsABadChecksumAndDecodesTheNextFrame() throws Exception {
        feed("AA AA AA 96 69 00 04 00 00 80 85 " + CARD_FOUND);

        assertThatThrownBy(decoder::next).isInstanceOfSatisfying(SamProtocolException.class,
                e -> assertThat(e.reason()).isEqualTo(SamProtocolException.Reason.BAD_CHECKSUM));
        assertThat(sw3(decoder.next())).isEqualTo(0x9F);
    }

    @Test
    void reportsLengthsNoModuleSends() throws Exception {
        feed("AA AA AA 96 69 00 02 00 00 " + NO_CARD);
        assertThatThrownBy(decoder::next).isInstanceOfSatisfying(SamProtocolException.class,
                e -> assertThat(e.reason()).isEqualTo(SamProtocolException.Reason.BAD_LENGTH));
        assertThat(sw3(decoder.next())).isEqualTo(0x80);

        feed("AA AA AA 96 69 FF FF " + NO_CARD);
        assertThatThrownBy(decoder::next).isInstanceOf(SamProtocolException.class);
        assertThat(sw3(decoder.next())).isEqualTo(0x80);
    }

    @Test
    void aFalsePreambleClaimingManyBytesDoesNotSwallowTheRealFrame() throws Exception {
        // junk that looks like the header of a 1295-byte read answer, then a complete real frame
        feed("AA AA AA 96 69 05 08 00 00 " + CARD_FOUND);

        assertThat(sw3(decoder.next())).isEqualTo(0x9F);
    }

    @Test
    void requestDecoderAcceptsThreeByteBodies() throws Exception {
        SamFrameDecoder requests = SamFrameDecoder.forRequests();
        byte[] find = SamCommand.FIND.requestFrame();
        requests.feed(find, 0, find.length);

        assertThat(requests.next()).hasValueSatisfying(body -> assertThat(body).isEqualTo(Hex.bytes("20 01")));
    }

    @Test
    void decodesSeveralFramesFromOneRead() throws Exception {
        feed(NO_CARD + " " + CARD_FOUND + " " + NO_CARD);

        List<Integer> codes = new ArrayList<>();
        for (Optional<byte[]> body = decoder.next(); body.isPresent(); body = decoder.next()) {
            codes.add(SamResponse.fromBody(body.get()).sw3());
        }
        assertThat(codes).containsExactly(0x80, 0x9F, 0x80);
    }

    @Test
    void decodesTheLargestFrameAModuleSends() throws Exception {
        byte[] data = new byte[SamFrames.MAX_LENGTH - 4];
        data[0] = (byte) 0xAA;
        byte[] frame = SamResponse.of(SamStatus.SUCCESS, data).toFrame();
        ByteArrayOutputStream noisy = new ByteArrayOutputStream();
        noisy.writeBytes(Hex.bytes("AA AA AA"));
        noisy.writeBytes(frame);
        decoder.feed(noisy.toByteArray(), 0, noisy.size());

        assertThat(frame).hasSize(2321);
        assertThat(decoder.next()).hasValueSatisfying(body -> assertThat(body).hasSize(3 + data.length));
    }

    private void feed(String hex) {
        byte[] bytes = Hex.bytes(hex);
        decoder.feed(bytes, 0, bytes.length);
    }

    private static int sw3(Optional<byte[]> body) throws SamProtocolException {
        return SamResponse.fromBody(body.orElseThrow()).sw3();
    }
}
