package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The {@code 30 01} answer of devices.md §1.7: 1295 bytes on the wire, text and photo lengths up front. */
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
