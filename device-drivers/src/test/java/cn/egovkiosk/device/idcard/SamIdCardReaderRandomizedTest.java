package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.device.transport.TcpClientTransport;
import cn.egovkiosk.device.transport.TcpServerTransport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Under any mix of line noise, fragmentation and failing reads the reader either reads the card or reports it
 * unreadable with the module's code; nothing else escapes. Over loopback TCP to keep a try cheap.
 */
class SamIdCardReaderProperties {

    @Property(tries = 25)
    void readsTheCardOrReportsItUnreadable(@ForAll @Size(max = 40) byte[] noise,
            @ForAll @IntRange(min = 0, max = 64) int fragment, @ForAll @IntRange(min = 0, max = 4) int failingReads)
            throws Exception {
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

            if (failingReads < SamIdCardReader.READ_ATTEMPTS) {
                SampleCard.assertIsSample(reader.poll().orElseThrow());
            } else {
                assertThatThrownBy(reader::poll).isInstanceOfSatisfying(CardReadException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(0x41));
            }
        }
    }
}
