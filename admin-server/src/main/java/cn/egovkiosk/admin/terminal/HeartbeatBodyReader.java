package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.DeviceState;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.MediaState;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a heartbeat body token by token into the record. Jackson's data binding spends most of a heartbeat's CPU
 * time on it (creator method handles, one {@code DateTimeFormatter} parse per instant), for a shape that is always
 * the same. This reader takes only the plain shape as the kiosk writes it: every value of its JSON type, enum
 * names spelled exactly, instants as {@code yyyy-MM-ddTHH:mm:ssZ}; at anything else it gives up and the body is
 * read by the data binding, so what is accepted, and how, stays Jackson's (an int left out, for one, is an error
 * in Jackson 3). Unknown fields are skipped, as the protocol's mapping does.
 */
final class HeartbeatBodyReader {

    private final JsonMapper mapper;
    private final ObjectReader dataBinding;

    HeartbeatBodyReader(JsonMapper mapper) {
        this.mapper = mapper;
        this.dataBinding = mapper.readerFor(Heartbeat.class);
    }

    /** The heartbeat as Jackson's data binding reads it (null for a JSON null); throws what it throws. */
    Heartbeat read(byte[] body) {
        Heartbeat plain;
        try (JsonParser parser = mapper.createParser(body)) {
            plain = plain(parser);
        } catch (RuntimeException notPlain) { // a malformed body, or a record constructor's refusal
            plain = null;
        }
        return plain != null ? plain : dataBinding.readValue(body);
    }

    private static Heartbeat plain(JsonParser parser) {
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        String softwareVersion = null;
        String catalogContentHash = null;
        String catalogFailure = null;
        List<DeviceStatusReport> devices = null;
        List<DeviceSetting> settings = null;
        Integer outboxDepth = null; // an int the data binding (Jackson 3) refuses to leave out
        Instant sentAt = null;
        for (String field = parser.nextName(); field != null; field = parser.nextName()) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "softwareVersion" -> softwareVersion = text(parser, value);
                case "catalogContentHash" -> catalogContentHash = text(parser, value);
                case "catalogFailure" -> catalogFailure = text(parser, value);
                case "outboxDepth" -> outboxDepth = integer(parser, value);
                case "sentAt" -> sentAt = instant(text(parser, value));
                case "devices" -> devices = devices(parser, value);
                case "localDeviceSettings" -> settings = settings(parser, value);
                default -> parser.skipChildren();
            }
        }
        expect(parser.currentToken(), JsonToken.END_OBJECT);
        if (outboxDepth == null) {
            throw new NotPlain();
        }
        return new Heartbeat(softwareVersion, catalogContentHash, devices, outboxDepth, sentAt, catalogFailure,
                settings);
    }

    private static List<DeviceStatusReport> devices(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY);
        List<DeviceStatusReport> devices = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expect(parser.currentToken(), JsonToken.START_OBJECT);
            String name = null;
            String kind = null;
            String state = null;
            String media = null;
            String detail = null;
            for (String field = parser.nextName(); field != null; field = parser.nextName()) {
                JsonToken token = parser.nextToken();
                switch (field) {
                    case "name" -> name = text(parser, token);
                    case "kind" -> kind = text(parser, token);
                    case "state" -> state = text(parser, token);
                    case "media" -> media = text(parser, token);
                    case "detail" -> detail = text(parser, token);
                    default -> parser.skipChildren();
                }
            }
            devices.add(new DeviceStatusReport(name, constant(DeviceKind.class, kind),
                    constant(DeviceState.class, state), constant(MediaState.class, media), detail));
        }
        return devices;
    }

    private static List<DeviceSetting> settings(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY);
        List<DeviceSetting> settings = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expect(parser.currentToken(), JsonToken.START_OBJECT);
            String kind = null;
            String port = null;
            Integer baud = null;
            for (String field = parser.nextName(); field != null; field = parser.nextName()) {
                JsonToken token = parser.nextToken();
                switch (field) {
                    case "kind" -> kind = text(parser, token);
                    case "port" -> port = text(parser, token);
                    case "baud" -> baud = integer(parser, token);
                    default -> parser.skipChildren();
                }
            }
            if (baud == null) {
                throw new NotPlain();
            }
            settings.add(new DeviceSetting(constant(DeviceKind.class, kind), port, baud));
        }
        return settings;
    }

    private static String text(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.VALUE_STRING);
        return parser.getString();
    }

    private static int integer(JsonParser parser, JsonToken value) {
        expect(value, JsonToken.VALUE_NUMBER_INT);
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw new NotPlain();
        }
        return parser.getIntValue();
    }

    // a missing or null enum is null for the data binding too; a misspelt one is its to refuse
    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    // 2026-11-20T08:05:00Z, exactly as the kiosk writes it; other ISO-8601 forms go to the data binding
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            throw new NotPlain();
        }
        return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2), digits(text, 11, 2),
                digits(text, 14, 2), digits(text, 17, 2)).toInstant(ZoneOffset.UTC);
    }

    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NotPlain();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new NotPlain();
        }
    }

    /** The body is not in the plain shape: the data binding reads it. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }
}
