package cn.egovkiosk.device.idcard;

import static cn.egovkiosk.device.idcard.SamFrames.HEADER_LENGTH;
import static cn.egovkiosk.device.idcard.SamFrames.PREAMBLE;

import java.util.Arrays;
import java.util.Optional;

/**
 * Turns a byte stream into SAM frame bodies. Bytes may arrive in any fragments. Junk before a preamble is skipped
 * (also {@code AA AA AA AA 96 69}); a frame with a bad checksum or an impossible length is skipped and reported as a
 * {@link SamProtocolException}, after which decoding goes on from the byte behind that frame's start, so a real frame
 * hidden behind a false preamble is still found. Never throws anything else and never waits by itself.
 */
public final class SamFrameDecoder {

    private final int minLength;
    private byte[] buffer = new byte[4096];
    private int start;
    private int end;

    private SamFrameDecoder(int minLength) {
        this.minLength = minLength;
    }

    /** A decoder for what a module sends (SW1 SW2 SW3 Data). */
    public static SamFrameDecoder forResponses() {
        return new SamFrameDecoder(SamFrames.MIN_RESPONSE_LENGTH);
    }

    /** A decoder for what a host sends (CMD Para Data). */
    public static SamFrameDecoder forRequests() {
        return new SamFrameDecoder(SamFrames.MIN_REQUEST_LENGTH);
    }

    public void feed(byte[] data, int offset, int length) {
        if (start > 0 && end + length > buffer.length) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            Arrays.fill(buffer, end - start, end, (byte) 0);
            end -= start;
            start = 0;
        }
        if (end + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, end + length));
        }
        System.arraycopy(data, offset, buffer, end, length);
        end += length;
    }

    /** Forgets (and zeroes) everything buffered, e.g. a late answer to an earlier command. */
    public void clear() {
        Arrays.fill(buffer, 0, end, (byte) 0);
        start = 0;
        end = 0;
    }

    /**
     * The body (everything between the length bytes and the checksum) of the next complete frame.
     *
     * @return the body, or empty when more bytes are needed
     * @throws SamProtocolException for a bad frame, which is then skipped; call again for the frames behind it
     */
    public Optional<byte[]> next() throws SamProtocolException {
        int p = indexOfPreamble(start);
        if (p < 0) {
            // keep a possible partial preamble at the end
            start = Math.max(start, end - (PREAMBLE.length - 1));
            return Optional.empty();
        }
        start = p;
        if (end - p < HEADER_LENGTH) {
            return Optional.empty();
        }
        int length = lengthAt(p);
        if (length < minLength || length > SamFrames.MAX_LENGTH) {
            start = p + 1;
            throw new SamProtocolException(SamProtocolException.Reason.BAD_LENGTH,
                    "SAM frame with impossible length " + length);
        }
        if (p + HEADER_LENGTH + length > end) {
            // a false preamble may claim more bytes than will ever come: a complete good frame behind it wins
            return completeGoodFrameAfter(p + 1);
        }
        if (!checksumMatches(p, length)) {
            start = p + 1;
            throw new SamProtocolException(SamProtocolException.Reason.BAD_CHECKSUM, "SAM frame with bad checksum");
        }
        return Optional.of(take(p, length));
    }

    private Optional<byte[]> completeGoodFrameAfter(int from) {
        for (int q = indexOfPreamble(from); q >= 0; q = indexOfPreamble(q + 1)) {
            if (end - q < HEADER_LENGTH) {
                break;
            }
            int length = lengthAt(q);
            if (length >= minLength && length <= SamFrames.MAX_LENGTH && q + HEADER_LENGTH + length <= end
                    && checksumMatches(q, length)) {
                return Optional.of(take(q, length));
            }
        }
        return Optional.empty();
    }

    private byte[] take(int frameStart, int length) {
        byte[] body = Arrays.copyOfRange(buffer, frameStart + HEADER_LENGTH, frameStart + HEADER_LENGTH + length - 1);
        start = frameStart + HEADER_LENGTH + length;
        // a taken frame is never looked at again; its card data (fingerprints included) is not kept here
        Arrays.fill(buffer, frameStart, start, (byte) 0);
        return body;
    }

    private int lengthAt(int frameStart) {
        return (buffer[frameStart + 5] & 0xFF) << 8 | buffer[frameStart + 6] & 0xFF;
    }

    private boolean checksumMatches(int frameStart, int length) {
        int checksumAt = frameStart + HEADER_LENGTH + length - 1;
        return SamFrames.checksum(buffer, frameStart + PREAMBLE.length, checksumAt) == buffer[checksumAt];
    }

    private int indexOfPreamble(int from) {
        outer:
        for (int i = from; i <= end - PREAMBLE.length; i++) {
            for (int j = 0; j < PREAMBLE.length; j++) {
                if (buffer[i + j] != PREAMBLE[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
