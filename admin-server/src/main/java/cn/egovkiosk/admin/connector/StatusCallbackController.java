package cn.egovkiosk.admin.connector;

import cn.egovkiosk.admin.application.ApplicationLifecycle;
import cn.egovkiosk.admin.application.ApplicationRecords;
import cn.egovkiosk.admin.application.TransitionRefused;
import cn.egovkiosk.admin.connector.ConnectorProperties.Department;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.protocol.ProtocolJson;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

/**
 * The inbound half of the connector: a department's system reports a status change. Accepted only when signed with
 * that department's secret, with a timestamp inside {@code admin.connector.callback-window} and a callback id not
 * seen before (a replay answers 200 and changes nothing), and only for that department's applications.
 */
@RestController
class StatusCallbackController {

    static final String PATH = "/api/department/v1/status-callbacks";
    private static final Logger log = LoggerFactory.getLogger(StatusCallbackController.class);
    private static final int MAX_ID = 100;
    private static final int MAX_BODY = 16_384;

    private final ConnectorProperties properties;
    private final ApplicationLifecycle lifecycle;
    private final ApplicationRecords records;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StatusCallbackController(ConnectorProperties properties, ApplicationLifecycle lifecycle,
            ApplicationRecords records, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.lifecycle = lifecycle;
        this.records = records;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> callback(
            @RequestHeader(name = WebhookSignature.DEPARTMENT, required = false) String departmentCode,
            @RequestHeader(name = WebhookSignature.TIMESTAMP, required = false) String timestamp,
            @RequestHeader(name = WebhookSignature.SIGNATURE, required = false) String signature,
            HttpServletRequest request) throws IOException {
        // the raw bytes, exactly as signed: read here, not through a message converter
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw ApiProblem.badRequest("The body must have at most " + MAX_BODY + " bytes.");
        }
        Optional<Department> department = Optional.ofNullable(departmentCode).flatMap(properties::department);
        if (department.isEmpty() || !fresh(timestamp)
                || !WebhookSignature.verify(department.get().secret(), Long.parseLong(timestamp), body, signature)) {
            log.warn("Status callback refused: unknown department, stale timestamp or bad signature");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        StatusCallback callback = read(body);
        String code = department.get().code();
        boolean applied = Boolean.TRUE.equals(transaction.execute(status -> apply(code, callback)));
        return ResponseEntity.ok(Map.of("trackingNumber", callback.trackingNumber(), "status",
                callback.status().name(), "replay", !applied));
    }

    /** Records the callback id and moves the application, together; false when the id was seen before. */
    private boolean apply(String department, StatusCallback callback) {
        int fresh = jdbc.sql("""
                INSERT INTO connector_callback (department_code, callback_id, received_at_ms) VALUES (?, ?, ?)
                ON CONFLICT (department_code, callback_id) DO NOTHING""")
                .params(department, callback.callbackId(), clock.millis()).update();
        if (fresh == 0) {
            log.info("Status callback {} of department {} replayed: nothing changed", callback.callbackId(),
                    department);
            return false;
        }
        if (!records.departmentOf(callback.trackingNumber()).filter(department::equals).isPresent()) {
            throw ApiProblem.notFound("No application of this department with this tracking number.");
        }
        try {
            lifecycle.move(callback.trackingNumber(), callback.status(), "department:" + department,
                    callback.note());
        } catch (TransitionRefused refused) {
            throw refused.reason() == TransitionRefused.Reason.NOTE_TOO_LONG
                    ? ApiProblem.badRequest(refused.getMessage()) : ApiProblem.conflict(refused.getMessage());
        }
        return true;
    }

    private boolean fresh(String timestamp) {
        if (timestamp == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        long age = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
        return age <= properties.callbackWindow().toSeconds();
    }

    private static StatusCallback read(byte[] body) {
        StatusCallback callback;
        try {
            callback = ProtocolJson.mapper().readValue(body, StatusCallback.class);
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("The body is not a status callback.");
        }
        if (callback.callbackId() == null || callback.callbackId().isBlank()
                || callback.callbackId().length() > MAX_ID) {
            throw ApiProblem.badRequest("callbackId is required (at most " + MAX_ID + " characters).");
        }
        if (callback.trackingNumber() == null || callback.status() == null) {
            throw ApiProblem.badRequest("trackingNumber and status are required.");
        }
        return callback;
    }
}
