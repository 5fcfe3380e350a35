package cn.egovkiosk.protocol;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping both sides use, so that kiosk and server agree on the shape byte for byte: ISO-8601
 * instants, unknown properties ignored (a newer server may add fields an older kiosk does not know).
 */
public final class ProtocolJson {

    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private ProtocolJson() {
    }

    /** A shared, thread-safe mapper configured for the terminal API. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Applies the protocol's settings to a builder (e.g. one that Spring Boot made). */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
