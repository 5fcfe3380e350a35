package cn.egovkiosk.kiosk.maintenance;

import cn.egovkiosk.kiosk.heartbeat.HeartbeatSender;
import cn.egovkiosk.kiosk.support.TerminalCredentials;
import cn.egovkiosk.kiosk.support.TerminalHttp;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.enrollment.EnrollmentRequest;
import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Enrollment on site: the technician types the one-time code the administrator issued; the kiosk exchanges it for its
 * terminal id and credential ({@code POST /api/terminal/v1/enroll}, no credential sent), stores the credential before
 * using it, and proves it with a heartbeat. Neither the code nor the credential is ever logged.
 */
@Service
public class Enrollment {

    private static final Logger log = LoggerFactory.getLogger(Enrollment.class);

    private final TerminalHttp http;
    private final TerminalCredentials credentials;
    private final HeartbeatSender heartbeat;

    Enrollment(TerminalHttp http, TerminalCredentials credentials, HeartbeatSender heartbeat) {
        this.http = http;
        this.credentials = credentials;
        this.heartbeat = heartbeat;
    }

    /** What an enrollment attempt led to. */
    public sealed interface Result {

        /** Enrolled; {@code confirmed} when the server already accepted a heartbeat with the new credential. */
        record Enrolled(String terminalId, boolean confirmed) implements Result {
        }

        /** The server refused the code: unknown, expired or already used. */
        record Refused() implements Result {
        }

        /** The code is empty or too long to be one. */
        record Malformed() implements Result {
        }

        /** The server could not be reached or answered something unexpected (HTTP status, 0 when none). */
        record Failed(int status) implements Result {
        }
    }

    /** Runs off the caller's thread (the server sits across the network); never completes exceptionally. */
    public CompletableFuture<Result> enroll(String code) {
        String cleaned = code == null ? "" : code.strip();
        if (cleaned.isEmpty() || cleaned.length() > 64) {
            return CompletableFuture.completedFuture(new Result.Malformed());
        }
        return CompletableFuture.supplyAsync(() -> exchange(cleaned),
                task -> Thread.ofVirtual().name("kiosk-enrollment").start(task));
    }

    private Result exchange(String code) {
        try {
            HttpResponse<byte[]> response = http.postAnonymously(TerminalApi.ENROLL, new EnrollmentRequest(code));
            int status = response.statusCode();
            if (status == 400 || status == 403 || status == 404 || status == 409 || status == 410) {
                log.warn("enrollment: the server refused the code ({})", status);
                return new Result.Refused();
            }
            if (status != 200 && status != 201) {
                log.warn("enrollment: the server answered {}", status);
                return new Result.Failed(status);
            }
            TerminalCredentialGrant grant = TerminalHttp.read(response, TerminalCredentialGrant.class);
            if (grant.credential() == null || grant.credential().isBlank()) {
                log.warn("enrollment: the server's answer holds no credential");
                return new Result.Failed(status);
            }
            credentials.store(grant);
            boolean confirmed = heartbeat.sendNow().isPresent();
            log.info("enrolled as terminal {}; heartbeat with the new credential {}", grant.terminalId(),
                    confirmed ? "accepted" : "not yet accepted");
            return new Result.Enrolled(grant.terminalId(), confirmed);
        } catch (IOException | RuntimeException e) {
            log.warn("enrollment: {} not reachable or answered badly ({})", http.baseUrl(), e.getClass().getName());
            return new Result.Failed(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result.Failed(0);
        }
    }
}
