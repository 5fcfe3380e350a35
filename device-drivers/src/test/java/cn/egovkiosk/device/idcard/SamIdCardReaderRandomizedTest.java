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
 * Under any mix of line noise, fragmentation and failing reads the reader either reads the card or reports it
 * unreadable with the module's code; nothing else escapes, and a poll always returns. Over loopback TCP to keep a
 * case cheap.
 */
class SamIdCardReaderRandomizedTest {

    @RandomizedCases(baseSeed = 0x5A31_0001L, cases = 25)
    void readsTheCardOrReportsItUnreadable(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] noise = RandomCases.bytes(random, 0, 40);
        int fragment = RandomCases.between(random, 0, 64);
        int failingReads = RandomCases.between(random, 0, 4);
        TcpServerTransport server = new TcpServerTransport(0);
        server.open();
        try (SamReaderSimulator simulator = new SamReaderSimulator(server);
                SamIdCardReader reader = new SamIdCardReader("id-reader",
                        new TcpClientTransport("127.0.0.1", server.localPort()))) {
            simulator.start();
            simulator.sendJunkBeforeAnswers(noise);
            simulator.fragmentAnswers(fragment == 0 ? 0 : Math.max(4, fragment));
            simulator.failNextReads(failingReads);
            simulator.present(SimulatedCard.sample());

            // retries and read timeouts are bounded: a poll that never returns would freeze the kiosk
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                if (failingReads < SamIdCardReader.READ_ATTEMPTS) {
                    SampleCard.assertIsSample(reader.poll().orElseThrow());
                } else {
                    assertThatThrownBy(reader::poll).isInstanceOfSatisfying(CardReadException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(0x41));
                }
            });
        }
    }
}
