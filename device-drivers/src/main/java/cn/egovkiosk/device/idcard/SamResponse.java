package cn.egovkiosk.device.idcard;

import java.util.Arrays;

/**
 * One answer of a SAM module: the card's APDU status (SW1 SW2), the module's status (SW3) and the data.
 *
 * @param sw1  the card's first status byte, 0 normally
 * @param sw2  the card's second status byte, 0 normally
 * @param sw3  the module's status code (see {@link SamStatus})
 * @param data the command-specific data; may hold card data, so {@link #toString()} shows only its length
 */
public record SamResponse(int sw1, int sw2, int sw3, byte[] data) {

    public SamResponse {
        data = data.clone();
    }

    public static SamResponse of(SamStatus status, byte[] data) {
        return new SamResponse(0, 0, status.code(), data);
    }

    /** The response a body (as {@link SamFrameDecoder#next()} gives it, at least three bytes) holds. */
    public static SamResponse fromBody(byte[] body) throws SamProtocolException {
        if (body.length < 3) {
            throw new SamProtocolException(SamProtocolException.Reason.BAD_LENGTH,
                    "SAM response body too short: " + body.length + " bytes");
        }
        byte[] data = new byte[body.length - 3];
        System.arraycopy(body, 3, data, 0, data.length);
        return new SamResponse(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF, data);
    }

    public SamStatus status() {
        return SamStatus.of(sw3);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    int dataLength() {
        return data.length;
    }

    /** One data byte (0-255), read in place: card data is not copied just to check a header. */
    int dataByte(int index) {
        return data[index] & 0xFF;
    }

    /**
     * Zeroes the data once it has been used, so that what must not be kept (fingerprint templates) does not linger
     * in the heap until the collector gets to it.
     */
    void wipe() {
        Arrays.fill(data, (byte) 0);
    }

    /** The complete frame a module sends for this response. */
    public byte[] toFrame() {
        byte[] body = new byte[3 + data.length];
        body[0] = (byte) sw1;
        body[1] = (byte) sw2;
        body[2] = (byte) sw3;
        System.arraycopy(data, 0, body, 3, data.length);
        return SamFrames.encode(body);
    }

    @Override
    public String toString() {
        return "SamResponse[sw3=" + SamStatus.describe(sw3) + ", " + data.length + " data bytes]";
    }
}
