package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.admin.terminal.TerminalRegistry.IssuedEnrollmentCode;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.enrollment.CredentialRotation;
import cn.egovkiosk.protocol.enrollment.EnrollmentRequest;
import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registration, enrollment over HTTP, rotation and revocation, on the real database. */
class EnrollmentTest extends AdminServerTestSupport {

    @Autowired
    TerminalRegistry registry;
    @Autowired
    JdbcClient jdbc;

    private String newTerminal() {
        String id = "sm-test-" + UUID.randomUUID().toString().substring(0, 8);
        registry.create(new NewTerminal(id, "嘉莲街道社区服务站", "厦门市思明区嘉禾路 1 号", 24.4879, 118.1320,
                "SM-COMMUNITY"));
        return id;
    }

    private HttpResponse<String> enroll(String code) {
        return withAuthorization(null).post(TerminalApi.ENROLL,
                ProtocolJson.mapper().writeValueAsString(new EnrollmentRequest(code)));
    }

    private TerminalCredentialGrant enrolled(String id) {
        HttpResponse<String> response = enroll(registry.issueEnrollmentCode(id).code());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v)
                .contains("no-store"));
        return TerminalClient.read(response, TerminalCredentialGrant.class);
    }

    private int catalogStatus(String credential) {
        return TerminalClient.bearer(port, credential).get(TerminalApi.CATALOG).statusCode();
    }

    @Test
    void aRegisteredTerminalEnrollsOnceAndItsCredentialIsStoredOnlyAsAHash() {
        String id = newTerminal();
        IssuedEnrollmentCode code = registry.issueEnrollmentCode(id);

        HttpResponse<String> first = enroll(code.code().toLowerCase().replace("-", " "));
        TerminalCredentialGrant grant = TerminalClient.read(first, TerminalCredentialGrant.class);

        assertThat(grant.terminalId()).isEqualTo(id);
        assertThat(grant.credential()).hasSize(43);
        assertThat(catalogStatus(grant.credential())).isEqualTo(200);
        assertThat(enroll(code.code()).statusCode()).isEqualTo(403);
        String stored = jdbc.sql("SELECT credential_hash FROM terminal WHERE id = ?").param(id).query(String.class)
                .single();
        assertThat(stored).isEqualTo(TerminalSecrets.hash(grant.credential())).doesNotContain(grant.credential());
        assertThat(jdbc.sql("SELECT count(*) FROM enrollment_code WHERE code_hash = ?")
                .param(code.code()).query(Long.class).single()).isZero();
    }

    @Test
    void unknownAndExpiredCodesAreRefusedAlike() {
        String id = newTerminal();
        IssuedEnrollmentCode code = registry.issueEnrollmentCode(id);
        jdbc.sql("UPDATE enrollment_code SET expires_at = '2020-01-01T00:00:00Z' WHERE terminal_id = ?").param(id)
                .update();

        HttpResponse<String> expired = enroll(code.code());
        HttpResponse<String> unknown = enroll("0000-0000-0000");

        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(expired.body()).isEqualTo(unknown.body()).doesNotContain(code.code());
        assertThat(enroll("").statusCode()).isEqualTo(400);
    }

    @Test
    void aRevokedCredentialGets401AtTheNextRequestAndANewCodeLetsTheTerminalBackIn() {
        String id = newTerminal();
        TerminalCredentialGrant grant = enrolled(id);
        assertThat(TerminalClient.bearer(port, grant.credential()).post(TerminalApi.HEARTBEAT,
                ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT)).statusCode()).isEqualTo(200);

        registry.revoke(id);

        assertThat(catalogStatus(grant.credential())).isEqualTo(401);
        assertThat(registry.find(id).orElseThrow().hasCredential()).isFalse();
        TerminalCredentialGrant again = enrolled(id);
        assertThat(catalogStatus(again.credential())).isEqualTo(200);
        assertThat(catalogStatus(grant.credential())).isEqualTo(401);
    }

    @Test
    void aRotatedCredentialReplacesTheOldOneOnceTheNewOneIsUsed() {
        String id = newTerminal();
        TerminalCredentialGrant old = enrolled(id);

        HttpResponse<String> rotated = TerminalClient.bearer(port, old.credential()).post(CredentialRotation.PATH, "");
        assertThat(rotated.statusCode()).isEqualTo(200);
        TerminalCredentialGrant fresh = TerminalClient.read(rotated, TerminalCredentialGrant.class);

        assertThat(fresh.credential()).isNotEqualTo(old.credential());
        assertThat(catalogStatus(old.credential())).as("the answer might have been lost").isEqualTo(200);
        assertThat(catalogStatus(fresh.credential())).isEqualTo(200);
        assertThat(catalogStatus(old.credential())).isEqualTo(401);
    }

    @Test
    void registrationChecksItsFields() {
        assertThatThrownBy(() -> registry.create(new NewTerminal("Bad Id", "x", "y", 24, 118, "SM-CENTRE")))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> registry.create(new NewTerminal("sm-ok-1", "x", "y", 91, 118, "SM-CENTRE")))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> registry.create(new NewTerminal("sm-ok-2", "x", "y", 24, 118, "NO-GROUP")))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> registry.create(new NewTerminal(DEMO_ID, "x", "y", 24, 118, "SM-CENTRE")))
                .isInstanceOf(ApiProblem.class);
        String id = newTerminal();
        assertThatThrownBy(() -> registry.create(new NewTerminal(id, "x", "y", 24, 118, "SM-CENTRE")))
                .isInstanceOf(ApiProblem.class);
        assertThat(registry.find(id).orElseThrow().latitude()).isEqualTo(24.4879);
    }
}
