package cn.egovkiosk.protocol;

/** Paths and headers of the terminal API, version 1. The terminal always polls; the server never connects out. */
public final class TerminalApi {

    public static final String BASE = "/api/terminal/v1";
    public static final String CATALOG = BASE + "/catalog";
    public static final String CONFIG = BASE + "/config";
    public static final String HEARTBEAT = BASE + "/heartbeat";
    public static final String SUBMISSIONS = BASE + "/submissions";
    public static final String ENROLL = BASE + "/enroll";
    /** POST a {@code ProgressQuery}, get a {@code ProgressAnswer} or 404. */
    public static final String PROGRESS = BASE + "/progress";
    /** GET the server's certificate signing keys ({@code SigningKey[]}). */
    public static final String SIGNING_KEYS = BASE + "/signing-keys";

    /** Header carrying the kiosk-made UUID of a submission; a replay with the same key returns the first answer. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private TerminalApi() {
    }

    /** Path of one submission's status, for the progress query. */
    public static String submission(String trackingNumber) {
        return SUBMISSIONS + "/" + trackingNumber;
    }
}
