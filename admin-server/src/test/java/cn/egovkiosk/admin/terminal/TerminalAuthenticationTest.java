package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.TerminalApi;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TerminalAuthenticationTest extends AdminServerTestSupport {

    private static final String KEY = "3f2b8c1e-7a4d-4e59-9b1a-2c6d8e0f1a2b";

    private static List<Function<TerminalClient, HttpResponse<String>>> everyEndpoint() {
        return List.of(
                client -> client.get(TerminalApi.CATALOG),
                client -> client.post(TerminalApi.HEARTBEAT, ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT)),
                client -> client.post(TerminalApi.SUBMISSIONS, ProtocolFixtures.text(ProtocolFixtures.SUBMISSION),
                        TerminalApi.IDEMPOTENCY_KEY, KEY),
                client -> client.get(TerminalApi.submission("ZW20261120000017Z")),
                client -> client.get(TerminalApi.CONFIG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer ", "Bearer wrong-credential-0000000", "Bearer demo-credential-change-me2",
            "Basic ZGVtby1raW9zay0wMTpkZW1vLWNyZWRlbnRpYWwtY2hhbmdlLW1l", "demo-credential-change-me"})
    void aMissingOrUnknownCredentialGets401AndNothingElse(String authorization) {
        TerminalClient client = withAuthorization(authorization.isEmpty() ? null : authorization);

        assertThat(everyEndpoint()).allSatisfy(call -> {
            HttpResponse<String> response = call.apply(client);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(response.body()).isEmpty();
        });
    }

    @Test
    void theBearerSchemeIsCaseInsensitiveAndEachTerminalHasItsOwnCredential() {
        assertThat(withAuthorization("bearer " + DEMO_CREDENTIAL).get(TerminalApi.CATALOG).statusCode())
                .isEqualTo(200);
        assertThat(otherKiosk().get(TerminalApi.CATALOG).statusCode()).isEqualTo(200);
    }
}
