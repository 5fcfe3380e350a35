package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the fleet's usual heartbeat in the bearer filter, without Spring MVC: a JSON body of known length is read
 * ({@link HeartbeatBodyReader}), received by {@link HeartbeatReception} and acknowledged with bytes serialized once
 * per distinct acknowledgement. Spring MVC dispatch, argument resolution and content negotiation cost several
 * times what the heartbeat itself does.
 * <p>
 * Whatever is unusual goes on to {@link HeartbeatController} with the body as read: another media type or
 * {@code Accept}, a body of unknown length or a large one, and every body that cannot be read or is refused. So
 * errors are answered by Spring MVC as everywhere else in the API, and the two paths answer alike. Both read with
 * the one JSON mapper Spring MVC uses.
 */
final class DirectHeartbeat {

    /** Larger bodies (a kiosk with dozens of devices) take the Spring MVC path. */
    static final int MAX_DIRECT_BODY = 16 * 1024;
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    /** Distinct acknowledgements are few (poll seconds within the jitter × targeted versions × changed or not). */
    private static final int MAX_CACHED_ACKS = 4096;

    private final HeartbeatReception reception;
    private final HeartbeatBodyReader heartbeats;
    private final ObjectWriter answers;
    private final Map<HeartbeatAck, byte[]> serializedAcks = new ConcurrentHashMap<>();

    DirectHeartbeat(HeartbeatReception reception, JsonMapper mapper) {
        this.reception = reception;
        this.heartbeats = new HeartbeatBodyReader(mapper);
        this.answers = mapper.writer();
    }

    /** Whether this is a heartbeat at all; only then may {@link #answer} be called. */
    static boolean isHeartbeat(HttpServletRequest request, String path) {
        return TerminalApi.HEARTBEAT.equals(path) && "POST".equals(request.getMethod());
    }

    /**
     * Answers the heartbeat, or hands it on.
     *
     * @return null when answered here; otherwise the request to pass on to Spring MVC, replaying the body if it
     *         was read
     */
    HttpServletRequest answer(HttpServletRequest request, HttpServletResponse response, AuthenticatedTerminal terminal)
            throws IOException {
        int length = request.getContentLength();
        if (length <= 0 || length > MAX_DIRECT_BODY || !isUtf8Json(request.getContentType())
                || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            return request;
        }
        byte[] body = request.getInputStream().readNBytes(length);
        Heartbeat heartbeat;
        try {
            heartbeat = heartbeats.read(body);
        } catch (RuntimeException e) { // JacksonException, or what the record's constructor threw
            heartbeat = null;
        }
        byte[] ack;
        try {
            if (heartbeat == null) {
                return new ReplayedBody(request, body); // Spring MVC reads it again and says what is wrong
            }
            ack = serialized(reception.receive(terminal, heartbeat));
        } catch (ApiProblem refused) {
            return new ReplayedBody(request, body); // refused before anything was kept: Spring MVC refuses it too
        } catch (HeartbeatWriteBehind.Full e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, HeartbeatReception.RETRY_AFTER_SECONDS);
            write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    answers.writeValueAsBytes(HeartbeatReception.busy()));
            return null;
        }
        write(response, HttpServletResponse.SC_OK, JSON, ack);
        return null;
    }

    // the same acknowledgement goes to every terminal on the same version with the same poll delay
    private byte[] serialized(HeartbeatAck ack) {
        byte[] bytes = serializedAcks.get(ack);
        if (bytes == null) {
            if (serializedAcks.size() >= MAX_CACHED_ACKS) {
                serializedAcks.clear(); // old catalog versions
            }
            bytes = answers.writeValueAsBytes(ack);
            serializedAcks.put(ack, bytes);
        }
        return bytes;
    }

    private static void write(HttpServletResponse response, int status, String contentType, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    // application/json, in UTF-8 (JSON's default) as every kiosk sends it
    static boolean isUtf8Json(String contentType) {
        if (contentType == null || !contentType.regionMatches(true, 0, JSON, 0, JSON.length())) {
            return false;
        }
        String parameters = contentType.substring(JSON.length()).replace(" ", "").toLowerCase(Locale.ROOT);
        return parameters.isEmpty() || parameters.equals(";charset=utf-8") || parameters.equals(";charset=\"utf-8\"");
    }

    // what the kiosk sends (application/json) or any client that takes anything
    static boolean acceptsJson(String accept) {
        return accept == null || accept.equalsIgnoreCase(JSON) || accept.equals("*/*");
    }
}
