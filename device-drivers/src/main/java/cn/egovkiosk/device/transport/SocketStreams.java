package cn.egovkiosk.device.transport;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Reading and writing one connected socket the way {@link ByteTransport} asks for. */
final class SocketStreams {

    private SocketStreams() {
    }

    /** @return bytes read, 0 on timeout, -1 when the peer closed the connection */
    static int read(Socket socket, byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        if (length == 0) {
            return 0;
        }
        long millis = timeout.toMillis();
        if (millis <= 0) {
            // SO_TIMEOUT 0 means forever: only take what is already there
            int available = socket.getInputStream().available();
            if (available == 0) {
                return 0;
            }
            millis = 1;
        }
        socket.setSoTimeout((int) Math.min(millis, Integer.MAX_VALUE));
        try {
            return socket.getInputStream().read(buffer, offset, length);
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }

    static void write(Socket socket, byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // closing is best effort: the connection is being dropped anyway
        }
    }
}
