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
    READ(0x30, 0x01, Duration.ofMillis(2000)),
    /** Text, photo and fingerprint templates; the fingerprints are dropped on arrival (§1.7). */
    READ_WITH_FINGERPRINT(0x30, 0x10, Duration.ofMillis(3000)),
    /** The latest appended address (住址变更), {@code 91} when the card has none. */
    APPENDED_ADDRESS(0x30, 0x03, Duration.ofMillis(1500));

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

    /**
     * Whether an answer could be this command's: a late answer to an earlier command (after a timeout) must not pass
     * for the answer to this one. Success answers are checked for their data size (§1.6, §1.7).
     */
    boolean isPlausibleAnswer(SamResponse answer) {
        SamStatus status = answer.status();
        int size = answer.data().length;
        return switch (this) {
            case FIND -> status != SamStatus.SUCCESS && (status != SamStatus.CARD_FOUND || size == 4);
            case SELECT -> status != SamStatus.CARD_FOUND && (status != SamStatus.SUCCESS || size == 8);
            case READ, READ_WITH_FINGERPRINT ->
                    status != SamStatus.CARD_FOUND && (status != SamStatus.SUCCESS || CardReadPayload.isCardData(answer));
            case APPENDED_ADDRESS ->
                    status != SamStatus.CARD_FOUND && (status != SamStatus.SUCCESS || AppendedAddress.isPlausible(size));
            case SAM_ID -> status != SamStatus.CARD_FOUND && (status != SamStatus.SUCCESS || size == 16);
            case STATUS, RESET -> status != SamStatus.CARD_FOUND && (status != SamStatus.SUCCESS || size == 0);
        };
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
