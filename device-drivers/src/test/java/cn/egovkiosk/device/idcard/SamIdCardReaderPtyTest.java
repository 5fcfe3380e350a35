package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.transport.PtyLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reader driver against the simulated module, over a real socat pty pair and jSerialComm. */
class SamIdCardReaderPtyTest {

    @RegisterExtension
    final PtyLink link = new PtyLink("sam");

    private SamReaderSimulator simulator;
    private SamIdCardReader reader;

    @BeforeEach
    void connect() {
        simulator = link.closeAtEnd(new SamReaderSimulator(link.deviceSide()));
        simulator.start();
        reader = link.closeAtEnd(new SamIdCardReader("id-reader", link.hostSide()));
    }

    @Test
    void readsTheSampleCard() throws Exception {
        assertThat(reader.poll()).isEmpty();
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(reader.cardPresent()).isFalse();

        simulator.present(SimulatedCard.sample());
        ResidentIdentity identity = reader.poll().orElseThrow();

        SampleCard.assertIsSample(identity);
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void readsAHongKongMacauTaiwanPermitThroughTheSameCommands() throws Exception {
        String first17 = "82000019950505002";
        String number = first17 + IdNumbers.checkCharacter(first17);
        byte[] block = TextBlockFixture.resident("何美玲", number, "20300101").put(36, 16, "19950505")
                .put(220, 18, "M12345678").type('J').bytes();
        simulator.present(SimulatedCard.fromTextBlock(block, new byte[1024]));

        ResidentIdentity identity = reader.poll().orElseThrow();

        assertThat(identity.cardType()).isEqualTo(CardType.HMT_RESIDENCE_PERMIT);
        assertThat(identity.name()).isEqualTo("何美玲");
        assertThat(identity.idNumber()).isEqualTo(number);
        assertThat(identity.idNumberValid()).isTrue();
        assertThat(identity.nationCode()).isEmpty();
    }

    @Test
    void givesTheSamIdForTechnicians() throws Exception {
        assertThat(reader.samId()).hasSize(32).matches("[0-9A-F]{32}");
    }

    @Test
    void aCardThatFailsOnTheFirstPollStillShowsTheReaderOnline() throws Exception {
        simulator.present(SimulatedCard.sample());
        simulator.failNextReads(SamIdCardReader.READ_ATTEMPTS);

        assertThatThrownBy(reader::poll).isInstanceOf(CardReadException.class);
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(reader.cardPresent()).isTrue();
    }

    @Test
    void aReadCardIsReportedAgainOnlyAfterItLeftTheField() throws Exception {
        simulator.keepFindingReadCards(true);
        simulator.present(SimulatedCard.sample());
        assertThat(reader.poll()).isPresent();

        assertThat(reader.poll()).isEmpty();
        assertThat(reader.poll()).isEmpty();
        assertThat(reader.cardPresent()).isTrue();

        simulator.remove();
        assertThat(reader.poll()).isEmpty();
        assertThat(reader.cardPresent()).isFalse();

        simulator.present(SimulatedCard.resident("李四", "2", "03", LocalDate.of(1990, 2, 28), "福建省厦门市思明区1号",
                "350203199002280027", "厦门市公安局思明分局", LocalDate.of(2020, 5, 1), null));
        ResidentIdentity second = reader.poll().orElseThrow();
        assertThat(second.name()).isEqualTo("李四");
        assertThat(second.validTo()).isEmpty();
        assertThat(second.idNumberValid()).isEqualTo(IdNumbers.isValid("350203199002280027"));
    }

    @Test
    void aModuleThatAnswersNoCardAfterAReadNeedsTheCardBackBeforeReadingAgain() throws Exception {
        simulator.present(SimulatedCard.sample());
        assertThat(reader.poll()).isPresent();
        assertThat(reader.poll()).isEmpty();
        assertThat(reader.poll()).isEmpty();

        simulator.remove();
        simulator.present(SimulatedCard.sample());

        assertThat(reader.poll()).isPresent();
    }

    @Test
    void resynchronisesOnJunkAndFragmentedAnswers() throws Exception {
        // a fourth sync byte, noise, and a false header that claims a 1288-byte answer
        simulator.sendJunkBeforeAnswers(Hex.bytes("00 13 AA AA AA AA 96 69 05 08 00 00 90 AA"));
        simulator.fragmentAnswers(7);
        simulator.present(SimulatedCard.sample());

        ResidentIdentity identity = reader.poll().orElseThrow();

        assertThat(identity.idNumber()).isEqualTo("11010519491231002X");
        assertThat(identity.address()).isEqualTo("北京市朝阳区建国路1号");
    }

    @Test
    void strayAnswersToOtherCommandsAreNotTakenForTheAnswer() throws Exception {
        // before every answer, a well-formed select answer, as a late answer after a timeout would look
        simulator.sendJunkBeforeAnswers(SamResponse.of(SamStatus.SUCCESS, new byte[8]).toFrame());
        simulator.present(SimulatedCard.sample());

        SampleCard.assertIsSample(reader.poll().orElseThrow());
        assertThat(reader.poll()).isEmpty();
        assertThat(reader.cardPresent()).isFalse();
    }

    @Test
    void waitsForASlowReadWithinTheReadTimeout() throws Exception {
        simulator.setReadDelay(Duration.ofMillis(800)); // far beyond find's 100 ms, well within read's 2 s
        simulator.present(SimulatedCard.sample());

        SampleCard.assertIsSample(reader.poll().orElseThrow());
    }

    @Test
    void retriesAFailedReadFromFind() throws Exception {
        simulator.present(SimulatedCard.sample());
        simulator.failNextReads(SamIdCardReader.READ_ATTEMPTS - 1);

        assertThat(reader.poll()).isPresent();
    }

    @Test
    void reportsACardThatStaysUnreadableOnceAndResetsTheModule() throws Exception {
        simulator.keepFindingReadCards(true);
        simulator.present(SimulatedCard.sample());
        simulator.failNextReads(SamIdCardReader.READ_ATTEMPTS);

        assertThatThrownBy(reader::poll).isInstanceOfSatisfying(CardReadException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(0x41);
            assertThat(e.getMessage()).contains("0x41");
        });
        assertThat(simulator.resetCount()).isEqualTo(1);
        assertThat(reader.poll()).as("same card, not re-placed").isEmpty();

        simulator.remove();
        assertThat(reader.poll()).isEmpty();
        simulator.present(SimulatedCard.sample());
        assertThat(reader.poll()).isPresent();
    }

    @Test
    void aFailedSamSelfTestIsAHardwareError() throws Exception {
        simulator.failSelfTest(true);

        assertThatThrownBy(reader::poll).isInstanceOf(IOException.class).hasMessageContaining("0x60");
        assertThat(reader.status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);

        simulator.failSelfTest(false);
        assertThat(reader.poll()).isEmpty();
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void aSilentModuleIsOfflineAndComesBack() throws Exception {
        assertThat(reader.poll()).isEmpty();
        simulator.setAnswering(false);

        long start = System.nanoTime();
        assertThatThrownBy(reader::poll).isInstanceOfSatisfying(SamProtocolException.class,
                e -> assertThat(e.reason()).isEqualTo(SamProtocolException.Reason.TIMEOUT));
        // find may take 100 ms (§1.11) plus the link allowance, not the 2 s a read may take
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isLessThan(SamCommand.FIND.timeout().plus(SamIdCardReader.DEFAULT_LINK_LATENCY).plusMillis(500));
        assertThat(reader.status().state()).isEqualTo(DeviceState.OFFLINE);

        simulator.setAnswering(true);
        simulator.present(SimulatedCard.sample());
        assertThat(reader.poll()).isPresent();
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void aVanishedPortIsOfflineWithoutAHang() throws Exception {
        assertThat(reader.poll()).isEmpty();
        link.pair().close();

        assertThatThrownBy(reader::poll).isInstanceOf(IOException.class);
        assertThat(reader.status().state()).isEqualTo(DeviceState.OFFLINE);
        assertThatThrownBy(reader::poll).isInstanceOf(IOException.class);
    }

    @Test
    void logsNoCardData() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            simulator.present(SimulatedCard.sample());
            reader.poll().orElseThrow();
            simulator.failNextReads(SamIdCardReader.READ_ATTEMPTS);
            simulator.remove();
            reader.poll();
            simulator.present(SimulatedCard.sample());
            assertThatThrownBy(reader::poll).isInstanceOf(CardReadException.class);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("id-reader").doesNotContain("张三", "1101", "北京", "19491231");
    }
}
