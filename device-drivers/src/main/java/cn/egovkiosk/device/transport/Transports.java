package cn.egovkiosk.device.transport;

import java.net.URI;
import java.net.URISyntaxException;

/** Makes a transport from a configured port spec. */
public final class Transports {

    private static final String TCP_PREFIX = "tcp://";

    private Transports() {
    }

    /**
     * {@code tcp://host:port} gives a {@link TcpClientTransport} (for simulators and serial-to-network bridges);
     * anything else is a serial port path for a {@link SerialPortTransport} at {@code baudRate}.
     *
     * @throws IllegalArgumentException for an empty spec or a tcp spec without host or port
     */
    public static ByteTransport forPort(String spec, int baudRate) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("device port is not configured");
        }
        String trimmed = spec.strip();
        if (!trimmed.regionMatches(true, 0, TCP_PREFIX, 0, TCP_PREFIX.length())) {
            return new SerialPortTransport(trimmed, baudRate);
        }
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null || uri.getPort() < 0) {
                throw new IllegalArgumentException("expected tcp://host:port, got " + trimmed);
            }
            return new TcpClientTransport(uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("expected tcp://host:port, got " + trimmed, e);
        }
    }
}
