package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.egovkiosk.device.RandomCases;
import cn.egovkiosk.device.RandomizedCases;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.device.transport.TcpClientTransport;
import cn.egovkiosk.device.transport.TcpServerTransport;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Under any mix of line noise, fragmentation and failing reads, with plain or fingerprint reads, the reader either
 * reads the card (and its appended address) or reports it unreadable with the module's code; nothing else escapes, and a poll always returns. Over loopback TCP to keep a
 * case cheap.
 */
class SamIdCardReaderRandomizedTest {

    @RandomizedCases(baseSeed = 0x5A31_0001L, cases = 25)
    void readsTheCardOrReportsItUnreadable(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] noise = RandomCases.bytes(random, 0, 40);
        int fragment = RandomCases.between(random, 0, 64);
        int failingReads = RandomCases.between(random, 0, 4);
        boolean readFingerprints = random.nextBoolean();
        int templates = RandomCases.between(random, 0, 2);
        TcpServerTransport server = new TcpServerTransport(0);
        server.open();
        try (SamReaderSimulator simulator = new SamReaderSimulator(server);
                SamIdCardReader reader = new SamIdCardReader("id-reader",
                        new TcpClientTransport("127.0.0.1", server.localPort()),
                        SamReaderSettings.defaults().withReadFingerprints(readFingerprints))) {
            simulator.start();
            simulator.sendJunkBeforeAnswers(noise);
            simulator.fragmentAnswers(fragment == 0 ? 0 : Math.max(4, fragment));
            simulator.failNextReads(failingReads);
            simulator.present(SimulatedCard.sample().withFingerprints(templates, (byte) 0x7E)
                    .withAppendedAddresses(templates == 1 ? new String[] {"上海市浦东新区世纪大道100号"} : new String[0]));

            // retries and read timeouts are bounded: a poll that never returns would freeze the kiosk
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                if (failingReads < SamIdCardReader.READ_ATTEMPTS) {
                    ResidentIdentity identity = reader.poll().orElseThrow();
                    SampleCard.assertIsSample(identity);
                    assertThat(identity.appendedAddress())
                            .isEqualTo(templates == 1 ? "上海市浦东新区世纪大道100号" : "");
                } else {
                    assertThatThrownBy(reader::poll).isInstanceOfSatisfying(CardReadException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(0x41));
                }
            });
        }
    }
}
