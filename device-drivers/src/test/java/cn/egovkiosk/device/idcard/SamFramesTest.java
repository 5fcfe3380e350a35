package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Request frames of devices.md §1.4 and response frames of §1.6, byte for byte. */
class SamFramesTest {

    @ParameterizedTest
    @CsvSource({
        "RESET,   AA AA AA 96 69 00 03 10 FF EC",
        "STATUS,  AA AA AA 96 69 00 03 11 FF ED",
        "SAM_ID,  AA AA AA 96 69 00 03 12 FF EE",
        "FIND,    AA AA AA 96 69 00 03 20 01 22",
        "SELECT,  AA AA AA 96 69 00 03 20 02 21",
        "READ,    AA AA AA 96 69 00 03 30 01 32",
        "READ_WITH_FINGERPRINT, AA AA AA 96 69 00 03 30 10 23",
        "APPENDED_ADDRESS,      AA AA AA 96 69 00 03 30 03 30"})
    void requestFramesMatchTheReference(SamCommand command, String frame) {
        assertThat(command.requestFrame()).isEqualTo(Hex.bytes(frame));
    }

    @ParameterizedTest
    @CsvSource({
        "90, '',                         AA AA AA 96 69 00 04 00 00 90 94",
        "9F, 00 00 00 00,                AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97",
        "80, '',                         AA AA AA 96 69 00 04 00 00 80 84",
        "90, 00 00 00 00 00 00 00 00,    AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C",
        "81, '',                         AA AA AA 96 69 00 04 00 00 81 85",
        "41, '',                         AA AA AA 96 69 00 04 00 00 41 45",
        "32, '',                         AA AA AA 96 69 00 04 00 00 32 36"})
    void responseFramesMatchTheReference(String sw3, String data, String frame) throws Exception {
        SamResponse response = new SamResponse(0, 0, Integer.parseInt(sw3, 16), Hex.bytes(data));

        assertThat(response.toFrame()).isEqualTo(Hex.bytes(frame));

        byte[] wire = Hex.bytes(frame);
        SamFrameDecoder decoder = SamFrameDecoder.forResponses();
        decoder.feed(wire, 0, wire.length);
        SamResponse decoded = SamResponse.fromBody(decoder.next().orElseThrow());
        assertThat(decoded.sw3()).isEqualTo(Integer.parseInt(sw3, 16));
        assertThat(decoded.data()).isEqualTo(Hex.bytes(data));
    }

    @ParameterizedTest
    @CsvSource({"SELECT, 20 02", "FIND, 20 01", "READ, 30 01"})
    void requestBodiesNameTheirCommand(SamCommand command, String body) {
        assertThat(SamCommand.of(Hex.bytes(body))).contains(command);
    }

    @Test
    void answersAreCheckedAgainstTheCommandTheyAnswer() {
        SamResponse cardFound = SamResponse.of(SamStatus.CARD_FOUND, new byte[4]);
        SamResponse selected = SamResponse.of(SamStatus.SUCCESS, new byte[8]);
        SamResponse noCard = SamResponse.of(SamStatus.NO_CARD, new byte[0]);
        byte[] cardData = new byte[4 + 256 + 1024];
        cardData[0] = 1;
        cardData[2] = 4;
        SamResponse read = SamResponse.of(SamStatus.SUCCESS, cardData);

        assertThat(SamCommand.FIND.isPlausibleAnswer(cardFound)).isTrue();
        assertThat(SamCommand.FIND.isPlausibleAnswer(noCard)).isTrue();
        assertThat(SamCommand.FIND.isPlausibleAnswer(selected)).isFalse();
        assertThat(SamCommand.SELECT.isPlausibleAnswer(selected)).isTrue();
        assertThat(SamCommand.SELECT.isPlausibleAnswer(cardFound)).isFalse();
        assertThat(SamCommand.READ.isPlausibleAnswer(read)).isTrue();
        assertThat(SamCommand.READ.isPlausibleAnswer(selected)).isFalse();
        assertThat(SamCommand.READ.isPlausibleAnswer(SamResponse.of(SamStatus.READ_FAILED, new byte[0]))).isTrue();
        assertThat(SamCommand.STATUS.isPlausibleAnswer(SamResponse.of(SamStatus.SUCCESS, new byte[0]))).isTrue();
        assertThat(SamCommand.STATUS.isPlausibleAnswer(read)).isFalse();
        assertThat(SamCommand.SAM_ID.isPlausibleAnswer(SamResponse.of(SamStatus.SUCCESS, new byte[16]))).isTrue();
    }

    @Test
    void unknownCommandsAreNotGuessed() {
        assertThat(SamCommand.of(Hex.bytes("30 05"))).as("card management number, not sent").isEmpty();
        assertThat(SamCommand.of(Hex.bytes("30 10"))).contains(SamCommand.READ_WITH_FINGERPRINT);
        assertThat(SamCommand.of(new byte[1])).isEmpty();
    }

    @Test
    void statusCodesHaveTheirReferenceMeaning() {
        assertThat(SamStatus.of(0x9F)).isEqualTo(SamStatus.CARD_FOUND);
        assertThat(SamStatus.of(0x80)).isEqualTo(SamStatus.NO_CARD);
        assertThat(SamStatus.of(0x41)).isEqualTo(SamStatus.READ_FAILED);
        assertThat(SamStatus.of(0x60).isModuleFault()).isTrue();
        assertThat(SamStatus.of(0x41).isModuleFault()).isFalse();
        assertThat(SamStatus.of(0x77)).isEqualTo(SamStatus.UNKNOWN);
        assertThat(SamStatus.describe(0x41)).isEqualTo("0x41 (card read failed)");
    }
}
