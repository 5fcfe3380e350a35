package cn.egovkiosk.device.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.idcard.ResidentTextField;
import cn.egovkiosk.device.transport.PtyLink;
import cn.egovkiosk.device.transport.SerialPortTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The simulator answers raw request frames with the exact frames of devices.md §1.6. */
class SamReaderSimulatorPtyTest {

    @RegisterExtension
    final PtyLink link = new PtyLink("raw");

    private SamReaderSimulator simulator;
    private SerialPortTransport host;

    @BeforeEach
    void connect() throws IOException {
        simulator = link.closeAtEnd(new SamReaderSimulator(link.deviceSide()));
        simulator.start();
        host = link.hostSide();
        host.open();
    }

    @Test
    void answersWithTheReferenceFrames() throws Exception {
        assertThat(exchange("AA AA AA 96 69 00 03 11 FF ED", 11)).isEqualTo(hex("AA AA AA 96 69 00 04 00 00 90 94"));
        assertThat(exchange("AA AA AA 96 69 00 03 20 01 22", 11)).isEqualTo(hex("AA AA AA 96 69 00 04 00 00 80 84"));
        assertThat(simulator.cardInField()).isFalse();

        simulator.present(SimulatedCard.sample());
        assertThat(simulator.cardInField()).isTrue();
        assertThat(exchange("AA AA AA 96 69 00 03 20 01 22", 15))
                .isEqualTo(hex("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97"));
        assertThat(exchange("AA AA AA 96 69 00 03 20 02 21", 19))
                .isEqualTo(hex("AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C"));

        byte[] read = exchange("AA AA AA 96 69 00 03 30 01 32", 1295);
        assertThat(Arrays.copyOf(read, 14)).isEqualTo(hex("AA AA AA 96 69 05 08 00 00 90 01 00 04 00"));
        byte[] text = Arrays.copyOfRange(read, 14, 270);
        assertThat(ResidentTextField.NAME.read(text)).isEqualTo("张三");
        assertThat(ResidentTextField.ID_NUMBER.read(text)).isEqualTo("11010519491231002X");
        byte xor = 0;
        for (int i = 5; i < 1294; i++) {
            xor ^= read[i];
        }
        assertThat(read[1294]).isEqualTo(xor);
        assertThat(host.read(new byte[1], 0, 1, Duration.ofMillis(100))).as("nothing after the frame").isZero();
    }

    @Test
    void readsWithFingerprintsIn2321Or1297Bytes() throws Exception {
        simulator.keepFindingReadCards(true);
        simulator.present(SimulatedCard.sample().withFingerprints(2, (byte) 0x11));
        byte[] full = findSelectAnd("AA AA AA 96 69 00 03 30 10 23", 2321);
        assertThat(Arrays.copyOf(full, 16)).isEqualTo(hex("AA AA AA 96 69 09 0A 00 00 90 01 00 04 00 04 00"));
        assertThat(ResidentTextField.NAME.read(Arrays.copyOfRange(full, 16, 272))).isEqualTo("张三");
        assertThat(Arrays.copyOfRange(full, 1296, 1808)).containsOnly(0x11);
        assertThat(Arrays.copyOfRange(full, 1808, 2320)).containsOnly(0x12);

        simulator.present(SimulatedCard.sample().withFingerprints(1, (byte) 0x11));
        assertThat(Arrays.copyOf(findSelectAnd("AA AA AA 96 69 00 03 30 10 23", 1809), 16))
                .isEqualTo(hex("AA AA AA 96 69 07 0A 00 00 90 01 00 04 00 02 00"));

        simulator.present(SimulatedCard.sample());
        byte[] none = findSelectAnd("AA AA AA 96 69 00 03 30 10 23", 1297);
        assertThat(Arrays.copyOf(none, 16)).isEqualTo(hex("AA AA AA 96 69 05 0A 00 00 90 01 00 04 00 00 00"));
        assertThat(host.read(new byte[1], 0, 1, Duration.ofMillis(100))).as("nothing after the frame").isZero();
    }

    @Test
    void answersTheAppendedAddressAfterARead() throws Exception {
        simulator.present(SimulatedCard.sample());
        findSelectAnd("AA AA AA 96 69 00 03 30 01 32", 1295);
        assertThat(exchange("AA AA AA 96 69 00 03 30 03 30", 11)).isEqualTo(hex("AA AA AA 96 69 00 04 00 00 91 95"));

        simulator.present(SimulatedCard.sample().withAppendedAddresses("福建省厦门市思明区湖滨南路1号"));
        findSelectAnd("AA AA AA 96 69 00 03 30 01 32", 1295);
        byte[] answer = exchange("AA AA AA 96 69 00 03 30 03 30", 81);
        assertThat(Arrays.copyOf(answer, 10)).isEqualTo(hex("AA AA AA 96 69 00 4A 00 00 90"));
        assertThat(new String(answer, 10, 70, StandardCharsets.UTF_16LE).strip()).isEqualTo("福建省厦门市思明区湖滨南路1号");
    }

    @Test
    void selectAndReadWithoutFindFail() throws Exception {
        simulator.present(SimulatedCard.sample());

        assertThat(exchange("AA AA AA 96 69 00 03 20 02 21", 11)).isEqualTo(hex("AA AA AA 96 69 00 04 00 00 81 85"));
        assertThat(exchange("AA AA AA 96 69 00 03 30 01 32", 11)).isEqualTo(hex("AA AA AA 96 69 00 04 00 00 41 45"));
    }

    @Test
    void answersDamagedRequestsWithTheHostErrorCodes() throws Exception {
        assertThat(exchange("AA AA AA 96 69 00 03 20 01 23", 11)).isEqualTo(hex("AA AA AA 96 69 00 04 00 00 10 14"));
        assertThat(exchange("AA AA AA 96 69 00 01 00", 11)).isEqualTo(hex("AA AA AA 96 69 00 04 00 00 11 15"));
        assertThat(exchange("AA AA AA 96 69 00 03 77 01 75", 11)).isEqualTo(hex("AA AA AA 96 69 00 04 00 00 21 25"));
    }

    @Test
    void answersTheSamIdWithSixteenBytes() throws Exception {
        byte[] answer = exchange("AA AA AA 96 69 00 03 12 FF EE", 27);

        assertThat(Arrays.copyOf(answer, 10)).isEqualTo(hex("AA AA AA 96 69 00 14 00 00 90"));
    }

    private byte[] findSelectAnd(String readRequest, int answerLength) throws IOException {
        assertThat(exchange("AA AA AA 96 69 00 03 20 01 22", 15)[9]).isEqualTo((byte) 0x9F);
        assertThat(exchange("AA AA AA 96 69 00 03 20 02 21", 19)[9]).isEqualTo((byte) 0x90);
        return exchange(readRequest, answerLength);
    }

    private byte[] exchange(String request, int answerLength) throws IOException {
        host.write(hex(request));
        return PtyLink.readExactly(host, answerLength);
    }

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }
}
