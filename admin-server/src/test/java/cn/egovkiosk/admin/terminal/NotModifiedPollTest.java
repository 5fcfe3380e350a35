package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Polls answered 304 by the bearer filter: only after the credential, only for the terminal's current ETag. */
class NotModifiedPollTest extends AdminServerTestSupport {

    @Test
    void aCurrentETagGets304WithItsETagAndCachingRulesForCatalogAndConfiguration() {
        for (String path : new String[] {TerminalApi.CATALOG, TerminalApi.CONFIG}) {
            HttpResponse<String> full = demoKiosk().get(path);
            String etag = full.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> weak = demoKiosk().get(path, "If-None-Match", "\"stale\", W/" + etag);

            assertThat(weak.statusCode()).isEqualTo(304);
            assertThat(weak.body()).isEmpty();
            assertThat(weak.headers().firstValue("ETag")).hasValue(etag);
            assertThat(weak.headers().firstValue("Cache-Control"))
                    .isEqualTo(full.headers().firstValue("Cache-Control"));
        }
    }

    @Test
    void theETagOfAnotherTerminalsAnswerDoesNotCountAndACredentialIsStillNeeded() {
        TerminalClient moved = enrolledKiosk("sm-poll-elsewhere", "SM-STORE");
        String etag = moved.get(TerminalApi.CONFIG).headers().firstValue("ETag").orElseThrow();
        assertThat(moved.get(TerminalApi.CONFIG, "If-None-Match", etag).statusCode()).isEqualTo(304);

        terminalRegistry.revoke("sm-poll-elsewhere");

        HttpResponse<String> revoked = moved.get(TerminalApi.CONFIG, "If-None-Match", etag);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("ETag")).isEmpty();
        assertThat(withAuthorization(null).get(TerminalApi.CATALOG, "If-None-Match", "*").statusCode())
                .isEqualTo(401);
    }
}
