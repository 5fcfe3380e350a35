package cn.egovkiosk.device.transport;

import static cn.egovkiosk.device.transport.PtyLink.readExactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Real loopback sockets: the simulator side listens, the driver side connects. */
class TcpTransportsTest {

    @Test
    void serverServesOneClientAfterAnother() throws Exception {
        try (TcpServerTransport server = new TcpServerTransport(0)) {
            server.open();
            int port = server.localPort();

            try (TcpClientTransport first = new TcpClientTransport("127.0.0.1", port)) {
                first.open();
                first.write(new byte[] {1, 2});
                assertThat(readExactly(server, 2)).containsExactly(1, 2);
                server.write(new byte[] {3});
                assertThat(readExactly(first, 1)).containsExactly(3);
            }
            // the first client is gone: the server notices and accepts the next one
            try (TcpClientTransport second = new TcpClientTransport("127.0.0.1", port)) {
                second.open();
                second.write(new byte[] {4});
                assertThat(readExactly(server, 1)).containsExactly(4);
                assertThat(server.isOpen()).isTrue();
            }
        }
    }

    @Test
    void clientReportsTheServerGoingAwayAndReconnectsOnOpen() throws Exception {
        TcpServerTransport server = new TcpServerTransport(0);
        server.open();
        int port = server.localPort();
        try (TcpClientTransport client = new TcpClientTransport("127.0.0.1", port)) {
            client.open();
            client.write(new byte[] {9});
            assertThat(readExactly(server, 1)).containsExactly(9);
            server.close();

            assertThatThrownBy(() -> readUntilFailure(client)).isInstanceOf(IOException.class);
            assertThat(client.isOpen()).isFalse();

            try (TcpServerTransport again = new TcpServerTransport(port)) {
                again.open();
                client.open();
                client.write(new byte[] {7});
                assertThat(readExactly(again, 1)).containsExactly(7);
            }
        }
    }

    @Test
    void connectingToNothingIsAClearError() throws Exception {
        int freePort = TcpPorts.unused();
        TcpClientTransport client = new TcpClientTransport("127.0.0.1", freePort);

        assertThatThrownBy(client::open).isInstanceOf(IOException.class).hasMessageContaining("tcp://127.0.0.1:");
        assertThatThrownBy(() -> client.write(new byte[1])).isInstanceOf(IOException.class);
    }

    @Test
    void serverReadWithoutClientTimesOut() throws Exception {
        try (TcpServerTransport server = new TcpServerTransport(0)) {
            server.open();
            assertThat(server.read(new byte[4], 0, 4, Duration.ofMillis(50))).isZero();
            assertThatThrownBy(() -> server.write(new byte[1])).isInstanceOf(IOException.class);
        }
    }

    private static void readUntilFailure(ByteTransport transport) throws IOException {
        for (int i = 0; i < 50; i++) {
            transport.read(new byte[4], 0, 4, Duration.ofMillis(20));
        }
    }
}
