package cn.egovkiosk.device.transport;

/** Makes a transport from a configured port spec. */
public final class Transports {

    private Transports() {
    }

    /** {@code tcp://host:port} gives a TCP client; anything else is a serial port path. */
    public static ByteTransport forPort(String spec, int baudRate) {
        throw new UnsupportedOperationException("not yet");
    }
}
