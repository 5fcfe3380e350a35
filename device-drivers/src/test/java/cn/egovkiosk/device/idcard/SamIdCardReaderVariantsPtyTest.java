package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.device.transport.PtyLink;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read-with-fingerprint variants (1297, 1809 and 2321-byte answers) and the appended address, against the
 * simulated module over a real socat pty pair.
 */
class SamIdCardReaderVariantsPtyTest {

    /** Fingerprint template bytes: 0x7E in the first template, 0x7F in the second. */
    private static final byte MARKER = 0x7E;

    @RegisterExtension
    final PtyLink link = new PtyLink("sam-variants");

    private SamReaderSimulator simulator;

    @BeforeEach
    void startModule() {
        simulator = link.closeAtEnd(new SamReaderSimulator(link.deviceSide()));
        simulator.start();
    }

    @ParameterizedTest(name = "{0} fingerprint templates")
    @ValueSource(ints = {0, 1, 2})
    void readsWithFingerprintsIntoTheSameIdentityAndKeepsNoFingerprintByte(int templates) throws Exception {
        // without the appended address the fingerprint answer is the last thing the link saw
        SamIdCardReader reader = reader(SamReaderSettings.defaults().withReadFingerprints(true)
                .withReadAppendedAddress(false));
        simulator.fragmentAnswers(300); // several transport reads, so the link's buffers see fingerprint bytes
        simulator.present(SimulatedCard.sample().withFingerprints(templates, MARKER));

        ResidentIdentity identity = reader.poll().orElseThrow();

        SampleCard.assertIsSample(identity);
        List<byte[]> kept = ReachableBytes.of(reader);
        kept.addAll(ReachableBytes.of(identity));
        assertThat(kept).as("the reader's buffers were looked at").isNotEmpty();
        assertThat(ReachableBytes.containsRun(kept, MARKER, 16)).as("first template kept").isFalse();
        assertThat(ReachableBytes.containsRun(kept, (byte) (MARKER + 1), 16)).as("second template kept").isFalse();
    }

    @Test
    void theWalkFindsFingerprintBytesWhereTheyAre() {
        // the proof above is only as good as the search: it must see a template in a kept array
        byte[] template = new byte[512];
        Arrays.fill(template, MARKER);
        assertThat(ReachableBytes.containsRun(ReachableBytes.of(new Object[] {template}), MARKER, 16)).isTrue();
    }

    @Test
    void aPlainReadStillWorksOnACardWithFingerprints() throws Exception {
        SamIdCardReader reader = reader(SamReaderSettings.defaults());
        simulator.present(SimulatedCard.sample().withFingerprints(2, MARKER));

        SampleCard.assertIsSample(reader.poll().orElseThrow());
    }

    @Test
    void theLatestNonEmptyAppendedAddressComesWithTheIdentity() throws Exception {
        SamIdCardReader reader = reader(SamReaderSettings.defaults());
        simulator.present(SimulatedCard.sample().withAppendedAddresses("北京市海淀区中关村大街27号", "上海市浦东新区世纪大道100号",
                "", ""));

        ResidentIdentity identity = reader.poll().orElseThrow();

        SampleCard.assertIsSample(identity);
        assertThat(identity.appendedAddress()).isEqualTo("上海市浦东新区世纪大道100号");
        assertThat(identity.currentAddress()).isEqualTo("上海市浦东新区世纪大道100号");
        assertThat(identity.toString()).doesNotContain("上海");
    }

    @Test
    void aCardWithoutAppendedAddressAnswers91AndKeepsItsPrintedAddress() throws Exception {
        SamIdCardReader reader = reader(SamReaderSettings.defaults().withReadFingerprints(true));
        simulator.present(SimulatedCard.sample().withFingerprints(2, MARKER));

        ResidentIdentity identity = reader.poll().orElseThrow();

        assertThat(identity.appendedAddress()).isEmpty();
        assertThat(identity.currentAddress()).isEqualTo("北京市朝阳区建国路1号");
    }

    @Test
    void theAppendedAddressIsNotAskedForWhenSwitchedOff() throws Exception {
        SamIdCardReader reader = reader(SamReaderSettings.defaults().withReadAppendedAddress(false));
        simulator.present(SimulatedCard.sample().withAppendedAddresses("上海市浦东新区世纪大道100号"));

        assertThat(reader.poll().orElseThrow().appendedAddress()).isEmpty();
    }

    @Test
    void aModuleThatDoesNotAnswerTheAppendedAddressStillDeliversTheCard() throws Exception {
        SamIdCardReader reader = reader(SamReaderSettings.defaults());
        simulator.ignoreAppendedAddressRequests(true);
        simulator.present(SimulatedCard.sample().withAppendedAddresses("上海市浦东新区世纪大道100号"));

        ResidentIdentity identity = reader.poll().orElseThrow();

        SampleCard.assertIsSample(identity);
        assertThat(identity.appendedAddress()).isEmpty();
        assertThat(reader.poll()).as("the module still answers; the card waits for removal").isEmpty();
    }

    private SamIdCardReader reader(SamReaderSettings settings) {
        return link.closeAtEnd(new SamIdCardReader("id-reader", link.hostSide(), settings));
    }
}
