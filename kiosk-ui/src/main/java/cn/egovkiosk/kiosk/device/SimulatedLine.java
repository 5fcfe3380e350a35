package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.transport.ByteTransport;
import cn.egovkiosk.device.transport.PtyPair;
import cn.egovkiosk.device.transport.SerialPortTransport;
import cn.egovkiosk.device.transport.TcpServerTransport;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A virtual cable between a driver and a simulator: a socat pseudo-terminal pair where socat is installed (the driver
 * then runs its real serial code), else a loopback TCP socket.
 *
 * @param deviceSide the simulator's end
 * @param hostPort   the driver's end as a port spec for {@code Transports.forPort}
 * @param cable      what to close when the kiosk stops
 */
record SimulatedLine(ByteTransport deviceSide, String hostPort, Closeable cable) {

    static SimulatedLine open(Path dir, String name, int baud) throws IOException {
        return open(dir, name, baud, PtyPair.socatAvailable());
    }

    static SimulatedLine open(Path dir, String name, int baud, boolean pty) throws IOException {
        if (pty) {
            Files.createDirectories(dir);
            PtyPair pair = PtyPair.start(dir, name);
            return new SimulatedLine(new SerialPortTransport(pair.deviceSide().toString(), baud),
                    pair.hostSide().toString(), pair);
        }
        TcpServerTransport server = new TcpServerTransport(0);
        server.open();
        return new SimulatedLine(server, "tcp://127.0.0.1:" + server.localPort(), server);
    }
}
