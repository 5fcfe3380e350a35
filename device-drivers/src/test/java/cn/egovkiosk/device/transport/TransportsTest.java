package cn.egovkiosk.device.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransportsTest {

    @Test
    void aTcpSpecGivesATcpClient() {
        ByteTransport transport = Transports.forPort("tcp://127.0.0.1:9101", 115200);

        assertThat(transport).isInstanceOf(TcpClientTransport.class);
        assertThat(transport.describe()).isEqualTo("tcp://127.0.0.1:9101");
    }

    @Test
    void anythingElseIsASerialPort() {
        ByteTransport transport = Transports.forPort("/dev/ttyUSB0", 9600);

        assertThat(transport).isInstanceOf(SerialPortTransport.class);
        assertThat(transport.describe()).isEqualTo("serial:/dev/ttyUSB0@9600");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "tcp://", "tcp://host", "tcp://:9100"})
    void incompleteSpecsAreRefused(String spec) {
        assertThatThrownBy(() -> Transports.forPort(spec, 115200)).isInstanceOf(IllegalArgumentException.class);
    }
}
