package cn.egovkiosk.kiosk.submission;

import cn.egovkiosk.kiosk.support.TerminalHttp;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Sends one submission with its idempotency key; the server answers a replay with the first acknowledgement. */
@Component
class SubmissionClient {

    private final TerminalHttp http;

    SubmissionClient(TerminalHttp http) {
        this.http = http;
    }

    SubmissionAck send(Submission submission) throws IOException, InterruptedException, NotAcknowledged {
        HttpResponse<byte[]> response = http.post(TerminalApi.SUBMISSIONS, submission,
                Map.of(TerminalApi.IDEMPOTENCY_KEY, submission.idempotencyKey().toString()));
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            // the body is not quoted: a server might echo the submission back
            throw new NotAcknowledged("server answered " + response.statusCode());
        }
        SubmissionAck ack = TerminalHttp.read(response, SubmissionAck.class);
        if (!submission.idempotencyKey().equals(ack.idempotencyKey()) || ack.trackingNumber() == null
                || ack.trackingNumber().isBlank()) {
            throw new NotAcknowledged("acknowledgement does not match the submission");
        }
        return ack;
    }

    /** The server did not acknowledge; the submission stays in the outbox. The message holds no personal data. */
    static final class NotAcknowledged extends Exception {
        NotAcknowledged(String reason) {
            super(reason);
        }
    }
}
