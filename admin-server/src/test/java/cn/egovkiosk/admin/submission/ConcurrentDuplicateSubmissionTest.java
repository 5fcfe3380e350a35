package cn.egovkiosk.admin.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ConcurrentDuplicateSubmissionTest extends AdminServerTestSupport {

    private static final int COPIES = 12;

    @Autowired
    JdbcClient jdbc;

    @Test
    void copiesSentAtTheSameMomentAreStoredOnceAndAllGetTheSameTrackingNumber() throws Exception {
        UUID key = UUID.randomUUID();
        String body = SubmissionFixtures.withKey(key);
        CountDownLatch ready = new CountDownLatch(COPIES);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(COPIES)) {
            for (int i = 0; i < COPIES; i++) {
                responses.add(pool.submit(() -> {
                    ready.countDown();
                    go.await(10, TimeUnit.SECONDS);
                    return demoKiosk().post(TerminalApi.SUBMISSIONS, body, TerminalApi.IDEMPOTENCY_KEY,
                            key.toString());
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
        }

        List<HttpResponse<String>> answered = new ArrayList<>();
        for (Future<HttpResponse<String>> response : responses) {
            answered.add(response.get(30, TimeUnit.SECONDS));
        }
        assertThat(answered).extracting(HttpResponse::statusCode).containsOnly(200, 201)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(answered).extracting(response -> TerminalClient.read(response, SubmissionAck.class))
                .hasSize(COPIES).containsOnly(TerminalClient.read(answered.getFirst(), SubmissionAck.class));
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE idempotency_key = ?").param(key.toString())
                .query(Long.class).single()).isEqualTo(1);
    }
}
