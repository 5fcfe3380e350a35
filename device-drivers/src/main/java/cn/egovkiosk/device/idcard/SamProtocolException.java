package cn.egovkiosk.device.idcard;

import java.io.IOException;

/**
 * The SAM serial link misbehaved: a frame with a bad checksum or an impossible length, a malformed payload, or no
 * answer in time. The only exception the SAM frame codec throws; its message never holds card data.
 */
public class SamProtocolException extends IOException {

    /** What went wrong on the link. */
    public enum Reason {
        BAD_CHECKSUM, BAD_LENGTH, BAD_PAYLOAD, TIMEOUT
    }

    private final Reason reason;

    public SamProtocolException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
