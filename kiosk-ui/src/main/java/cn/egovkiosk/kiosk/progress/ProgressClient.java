package cn.egovkiosk.kiosk.progress;

import cn.egovkiosk.kiosk.support.TerminalHttp;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.progress.ProgressAnswer;
import cn.egovkiosk.protocol.progress.ProgressQuery;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the server for an application's progress. The second factor travels in the POST body only; the log names the
 * tracking number and the outcome, never the factor.
 */
@Component
class ProgressClient {

    private static final Logger log = LoggerFactory.getLogger(ProgressClient.class);

    private final TerminalHttp http;

    ProgressClient(TerminalHttp http) {
        this.http = http;
    }

    Result ask(ProgressQuery query) {
        HttpResponse<byte[]> response;
        try {
            response = http.post(TerminalApi.PROGRESS, query, Map.of());
        } catch (IOException e) {
            log.info("progress query for {}: server unreachable ({})", query.trackingNumber(),
                    e.getClass().getSimpleName());
            return new Result.Offline();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result.Offline();
        }
        return switch (response.statusCode()) {
            case 200 -> {
                try {
                    yield new Result.Found(TerminalHttp.read(response, ProgressAnswer.class));
                } catch (RuntimeException e) {
                    log.warn("progress query for {}: unreadable answer", query.trackingNumber());
                    yield new Result.Failed();
                }
            }
            case 404 -> new Result.NotFound();
            default -> {
                log.warn("progress query for {}: server answered {}", query.trackingNumber(), response.statusCode());
                yield response.statusCode() >= 500 ? new Result.Offline() : new Result.Failed();
            }
        };
    }

    /** What the server said. */
    sealed interface Result {

        record Found(ProgressAnswer answer) implements Result {
        }

        /** Unknown number or wrong factor: the server does not say which. */
        record NotFound() implements Result {
        }

        /** The server cannot be reached or is not serving. */
        record Offline() implements Result {
        }

        /** Anything else (a refused credential, a broken answer). */
        record Failed() implements Result {
        }
    }
}
