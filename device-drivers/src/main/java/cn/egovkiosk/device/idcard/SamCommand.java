package cn.egovkiosk.device.idcard;

import java.time.Duration;
import java.util.Optional;

/**
 * The SAM module commands this driver sends (devices.md §1.4), with the answer timeouts of a production SDK (§1.11).
 */
public enum SamCommand {
    RESET(0x10, 0xFF, Duration.ofMillis(1000)),
    STATUS(0x11, 0xFF, Duration.ofMillis(300)),
    SAM_ID(0x12, 0xFF, Duration.ofMillis(300)),
    FIND(0x20, 0x01, Duration.ofMillis(100)),
    SELECT(0x20, 0x02, Duration.ofMillis(100)),
    READ(0x30, 0x01, Duration.ofMillis(2000));

    private final int code;
    private final int parameter;
    private final Duration timeout;

    SamCommand(int code, int parameter, Duration timeout) {
        this.code = code;
        this.parameter = parameter;
        this.timeout = timeout;
    }

    public int code() {
        return code;
    }

    public int parameter() {
        return parameter;
    }

    /** How long the module may take to answer. */
    public Duration timeout() {
        return timeout;
    }

    /** The complete request frame, e.g. {@code AA AA AA 96 69 00 03 20 01 22} for FIND. */
    public byte[] requestFrame() {
        return SamFrames.encode(new byte[] {(byte) code, (byte) parameter});
    }

    /** The command a request body (CMD, Para, data) names, if this driver knows it. */
    public static Optional<SamCommand> of(byte[] requestBody) {
        if (requestBody.length < 2) {
            return Optional.empty();
        }
        for (SamCommand command : values()) {
            if ((requestBody[0] & 0xFF) == command.code && (requestBody[1] & 0xFF) == command.parameter) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
