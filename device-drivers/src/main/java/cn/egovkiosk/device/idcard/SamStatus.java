package cn.egovkiosk.device.idcard;

/** SW3, the SAM module's own status code (devices.md §1.5). */
public enum SamStatus {
    SUCCESS(0x90, "operation succeeded"),
    CARD_FOUND(0x9F, "card found"),
    HOST_CHECKSUM_ERROR(0x10, "checksum error in data from the host"),
    HOST_LENGTH_ERROR(0x11, "length error in data from the host"),
    COMMAND_ERROR(0x21, "command error"),
    UNAUTHORISED_OPERATION(0x23, "unauthorised operation"),
    UNRECOGNISED_ERROR(0x24, "unrecognised error"),
    CARD_REJECTED_SAM(0x31, "card failed to authenticate the SAM"),
    SAM_REJECTED_CARD(0x32, "SAM failed to authenticate the card"),
    VERIFICATION_ERROR(0x33, "information verification error"),
    WRONG_CARD_TYPE(0x40, "wrong card type"),
    READ_FAILED(0x41, "card read failed"),
    RANDOM_NUMBER_FAILED(0x47, "get-random-number failed"),
    SAM_SELF_TEST_FAILED(0x60, "SAM self-test failed"),
    SAM_NOT_AUTHORISED(0x66, "SAM not authorised"),
    NO_CARD(0x80, "no card found"),
    SELECT_FAILED(0x81, "select card failed"),
    NO_CONTENT(0x91, "no such content on the card"),
    COMMUNICATION_FAULT(0xFF, "communication fault"),
    UNKNOWN(-1, "unknown status code");

    private final int code;
    private final String meaning;

    SamStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** True when the module itself is unusable and needs a technician, not a retry. */
    public boolean isModuleFault() {
        return this == SAM_SELF_TEST_FAILED || this == SAM_NOT_AUTHORISED || this == COMMUNICATION_FAULT;
    }

    public static SamStatus of(int code) {
        for (SamStatus status : values()) {
            if (status.code == (code & 0xFF)) {
                return status;
            }
        }
        return UNKNOWN;
    }

    /** For logs and exception messages: {@code 0x41 (card read failed)}. */
    public static String describe(int code) {
        return String.format("0x%02X (%s)", code & 0xFF, of(code).meaning);
    }
}
