package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.transport.TcpPorts;
import cn.egovkiosk.device.transport.TcpServerTransport;
import cn.egovkiosk.device.transport.Transports;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The fallback where socat is missing: the same driver and simulator over a loopback socket. */
class SamIdCardReaderTcpTest {

    @Test
    void readsTheSampleCardOverTcpAndSurvivesAReconnect() throws Exception {
        TcpServerTransport server = new TcpServerTransport(0);
        server.open();
        try (SamReaderSimulator simulator = new SamReaderSimulator(server)) {
            simulator.start();
            String port = "tcp://127.0.0.1:" + server.localPort();
            simulator.present(SimulatedCard.sample());

            try (SamIdCardReader reader = new SamIdCardReader("id-reader", Transports.forPort(port, 115200))) {
                SampleCard.assertIsSample(reader.poll().orElseThrow());
            }
            // a second kiosk process (or a restarted one) connects to the same simulator
            simulator.remove();
            simulator.present(SimulatedCard.sample());
            try (SamIdCardReader reader = new SamIdCardReader("id-reader", Transports.forPort(port, 115200))) {
                assertThat(reader.poll()).isPresent();
                assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
            }
        }
    }

    @Test
    void aMissingSimulatorIsOffline() throws Exception {
        int freePort = TcpPorts.unused();
        try (SamIdCardReader reader = new SamIdCardReader("id-reader",
                Transports.forPort("tcp://127.0.0.1:" + freePort, 115200))) {
            assertThatThrownBy(reader::poll).isInstanceOf(IOException.class);
            assertThat(reader.status().state()).isEqualTo(DeviceState.OFFLINE);
            assertThat(reader.status().detail()).contains("tcp://127.0.0.1:" + freePort);
        }
    }
}
