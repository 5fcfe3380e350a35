package cn.egovkiosk.device.transport;

import java.io.IOException;

/** For tests: a loopback port nobody listens on (free a moment ago). */
public final class TcpPorts {

    private TcpPorts() {
    }

    public static int unused() throws IOException {
        try (TcpServerTransport probe = new TcpServerTransport(0)) {
            probe.open();
            return probe.localPort();
        }
    }
}
