package cn.egovkiosk.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Example documents of the terminal API. Tests on the kiosk side and on the server side read the same files, so a
 * change of the wire shape breaks both sides' tests, not a kiosk in the field. The data in them is invented.
 */
public final class ProtocolFixtures {

    public static final String CATALOG_SNAPSHOT = "catalog-snapshot.json";
    public static final String HEARTBEAT = "heartbeat.json";
    public static final String HEARTBEAT_ACK = "heartbeat-ack.json";
    public static final String SUBMISSION = "submission.json";
    public static final String SUBMISSION_ACK = "submission-ack.json";
    /** The keys that verify the certificate in {@link #SUBMISSION_ACK}. */
    public static final String SIGNING_KEYS = "signing-keys.json";
    public static final String PROGRESS_QUERY = "progress-query.json";
    public static final String PROGRESS_ANSWER = "progress-answer.json";

    private ProtocolFixtures() {
    }

    /** The raw JSON text of a fixture. */
    public static String text(String name) {
        try (InputStream in = ProtocolFixtures.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no protocol fixture named " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture read into its record type. */
    public static <T> T read(String name, Class<T> type) {
        return ProtocolJson.mapper().readValue(text(name), type);
    }
}
