package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The read answers of devices.md §1.7: {@code 30 01} (1295 bytes on the wire, text and photo lengths up front) and
 * {@code 30 10} (1297, 1809 or 2321 bytes, a third length for the fingerprints, which are not kept).
 */
class CardReadPayloadTest {

    @Test
    void aReadAnswerFrameHasTheReferenceHeaderAndSize() throws Exception {
        byte[] photo = new byte[1024];
        Arrays.fill(photo, (byte) 0x5A);
        byte[] frame = SamResponse.of(SamStatus.SUCCESS, TextBlockFixture.sample().readAnswerData(photo)).toFrame();

        assertThat(frame).hasSize(1295);
        assertThat(Arrays.copyOf(frame, 14)).isEqualTo(Hex.bytes("AA AA AA 96 69 05 08 00 00 90 01 00 04 00"));

        SamFrameDecoder decoder = SamFrameDecoder.forResponses();
        decoder.feed(frame, 0, frame.length);
        ResidentIdentity identity = CardReadPayload.parse(SamResponse.fromBody(decoder.next().orElseThrow()).data());
        assertThat(identity.name()).isEqualTo("张三");
        assertThat(identity.photo()).isEqualTo(photo);
    }

    @ParameterizedTest(name = "{1} bytes with {0} fingerprint bytes")
    @CsvSource({"0, 1297, 05 0A", "512, 1809, 07 0A", "1024, 2321, 09 0A"})
    void readsTheFingerprintVariantsIntoTheSameIdentityAndZeroesTheFingerprints(int fingerprintLength, int frameLength,
            String lengthField) throws Exception {
        byte[] photo = new byte[1024];
        Arrays.fill(photo, (byte) 0x5A);
        byte[] data = withFingerprints(TextBlockFixture.sample().bytes(), photo, fingerprintLength);
        byte[] frame = SamResponse.of(SamStatus.SUCCESS, data).toFrame();

        assertThat(frame).hasSize(frameLength);
        assertThat(Arrays.copyOf(frame, 16)).isEqualTo(Hex.bytes("AA AA AA 96 69 " + lengthField
                + " 00 00 90 01 00 04 00 " + String.format("%02X %02X", fingerprintLength >> 8, fingerprintLength & 0xFF)));
        SamFrameDecoder decoder = SamFrameDecoder.forResponses();
        decoder.feed(frame, 0, frame.length);
        SamResponse answer = SamResponse.fromBody(decoder.next().orElseThrow());
        assertThat(SamCommand.READ_WITH_FINGERPRINT.isPlausibleAnswer(answer)).isTrue();
        byte[] received = answer.data();

        ResidentIdentity identity = CardReadPayload.parse(received);

        SampleCard.assertIsSample(identity);
        assertThat(identity.photo()).isEqualTo(photo);
        assertThat(Arrays.copyOfRange(received, 1286, received.length)).isEqualTo(new byte[fingerprintLength]);
    }

    @Test
    void refusesAFingerprintAnswerWhoseLengthsDoNotAddUp() {
        byte[] data = withFingerprints(TextBlockFixture.sample().bytes(), new byte[1024], 1024);
        data[5] = 0x01; // claims 1025 fingerprint bytes

        assertThatThrownBy(() -> CardReadPayload.parse(data)).isInstanceOfSatisfying(SamProtocolException.class,
                e -> assertThat(e.reason()).isEqualTo(SamProtocolException.Reason.BAD_PAYLOAD));
        assertThat(Arrays.copyOfRange(data, 1286, data.length)).as("dropped even when refused")
                .isEqualTo(new byte[1024]);
        assertThat(SamCommand.READ_WITH_FINGERPRINT.isPlausibleAnswer(SamResponse.of(SamStatus.SUCCESS, new byte[8])))
                .as("a stray select answer").isFalse();
    }

    /** The data of a {@code 30 10} answer: three lengths, text, photo, fingerprint templates (0x7E). */
    static byte[] withFingerprints(byte[] text, byte[] photo, int fingerprintLength) {
        byte[] data = new byte[6 + 256 + 1024 + fingerprintLength];
        data[0] = 0x01;
        data[2] = 0x04;
        data[4] = (byte) (fingerprintLength >> 8);
        data[5] = (byte) fingerprintLength;
        System.arraycopy(text, 0, data, 6, 256);
        System.arraycopy(photo, 0, data, 262, 1024);
        Arrays.fill(data, 1286, data.length, (byte) 0x7E);
        return data;
    }

    @Test
    void refusesDeclaredLengthsThatDoNotMatchTheData() {
        byte[] data = TextBlockFixture.sample().readAnswerData(new byte[1000]);
        data[2] = 4;
        data[3] = 0;

        assertThatThrownBy(() -> CardReadPayload.parse(data)).isInstanceOfSatisfying(SamProtocolException.class,
                e -> assertThat(e.reason()).isEqualTo(SamProtocolException.Reason.BAD_PAYLOAD));
        assertThatThrownBy(() -> CardReadPayload.parse(new byte[3])).isInstanceOf(SamProtocolException.class);
    }
}
