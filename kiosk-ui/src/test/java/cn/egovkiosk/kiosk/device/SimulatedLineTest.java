package cn.egovkiosk.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.device.idcard.SamIdCardReader;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.device.transport.PtyPair;
import cn.egovkiosk.device.transport.Transports;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both kinds of virtual cable carry the real SAM protocol from the driver to the simulator. */
class SimulatedLineTest {

    @TempDir
    Path dir;

    @Test
    void theLoopbackTcpFallbackCarriesACardRead() throws Exception {
        readsTheSampleCardOver(SimulatedLine.open(dir, "reader", 115200, false));
    }

    @Test
    void thePtyPairCarriesACardRead() throws Exception {
        assumeTrue(PtyPair.socatAvailable(),
                "socat is not installed");
        readsTheSampleCardOver(SimulatedLine.open(dir, "reader", 115200, true));
    }

    private static void readsTheSampleCardOver(SimulatedLine line) throws Exception {
        try (Closeable cable = line.cable(); SamReaderSimulator simulator = new SamReaderSimulator(line.deviceSide());
                SamIdCardReader reader = new SamIdCardReader("id-reader",
                        Transports.forPort(line.hostPort(), 115200))) {
            simulator.start();
            simulator.present(SimulatedCard.sample());
            Optional<ResidentIdentity> read = Optional.empty();
            for (int poll = 0; poll < 40 && read.isEmpty(); poll++) {
                read = reader.poll();
                Thread.sleep(50);
            }

            assertThat(read).get().satisfies(identity -> {
                assertThat(identity.idNumber()).isEqualTo("11010519491231002X");
                assertThat(identity.idNumberValid()).isTrue();
            });
        }
    }
}
