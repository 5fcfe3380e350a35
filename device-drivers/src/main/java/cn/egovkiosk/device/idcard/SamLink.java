package cn.egovkiosk.device.idcard;

import cn.egovkiosk.device.transport.ByteTransport;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * One command, one answer over a transport, within the command's timeout plus an allowance for the link. Buffers are
 * zeroed once their bytes moved on, so the link keeps no card data between exchanges.
 */
final class SamLink {

    private final ByteTransport transport;
    private final Duration linkLatency;
    private final SamFrameDecoder decoder = SamFrameDecoder.forResponses();
    private final byte[] chunk = new byte[2048];

    SamLink(ByteTransport transport, Duration linkLatency) {
        this.transport = transport;
        this.linkLatency = linkLatency;
    }

    ByteTransport transport() {
        return transport;
    }

    /**
     * Sends a command and waits for its answer. Junk and bad frames before the answer are skipped.
     *
     * @throws SamProtocolException with reason TIMEOUT when no good frame came in time, or the last bad frame's
     *                              reason when only bad frames came
     * @throws IOException          when the transport failed
     */
    SamResponse exchange(SamCommand command) throws IOException {
        discardStaleInput();
        transport.write(command.requestFrame());
        long deadline = System.nanoTime() + command.timeout().plus(linkLatency).toNanos();
        SamProtocolException lastBadFrame = null;
        while (true) {
            try {
                Optional<byte[]> body = decoder.next();
                if (body.isPresent()) {
                    SamResponse answer = SamResponse.fromBody(body.get());
                    Arrays.fill(body.get(), (byte) 0); // card data lives on in the answer only
                    if (command.isPlausibleAnswer(answer)) {
                        return answer;
                    }
                    continue; // a stray answer to an earlier command
                }
            } catch (SamProtocolException badFrame) {
                lastBadFrame = badFrame;
                continue;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw lastBadFrame != null ? lastBadFrame
                        : new SamProtocolException(SamProtocolException.Reason.TIMEOUT,
                                command + " not answered within " + command.timeout().plus(linkLatency).toMillis()
                                        + " ms");
            }
            int read = transport.read(chunk, 0, chunk.length, Duration.ofNanos(remaining));
            decoder.feed(chunk, 0, read);
            Arrays.fill(chunk, 0, read, (byte) 0); // no copy of card data stays behind in the link
        }
    }

    /**
     * A late answer to an earlier, timed-out command must not pass for the answer to this one. Bounded, because a
     * wrong device on the port may send without pause.
     */
    private void discardStaleInput() throws IOException {
        decoder.clear();
        for (int i = 0; i < 16 && transport.read(chunk, 0, chunk.length, Duration.ZERO) > 0; i++) {
            Arrays.fill(chunk, (byte) 0);
        }
    }
}
