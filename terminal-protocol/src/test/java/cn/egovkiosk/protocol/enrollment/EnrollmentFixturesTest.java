package cn.egovkiosk.protocol.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.ProtocolJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EnrollmentFixturesTest {

    @Test
    void enrollmentFixturesReadIntoRecordsAndBackUnchanged() {
        EnrollmentRequest request = ProtocolFixtures.read("enrollment-request.json", EnrollmentRequest.class);
        TerminalCredentialGrant grant = ProtocolFixtures.read("terminal-credential-grant.json",
                TerminalCredentialGrant.class);

        assertThat(request).isEqualTo(new EnrollmentRequest("7K3Q-M9XD-2HTP"));
        assertThat(grant).isEqualTo(new TerminalCredentialGrant("sm-community-017",
                "q4Zp1n8R0b6cXfT2wLkVh9sY3uJm5aEoDg7iNrKtBvU"));
        JsonNode grantTree = ProtocolJson.mapper().valueToTree(grant);
        JsonNode requestTree = ProtocolJson.mapper().valueToTree(request);
        assertThat(grantTree.equals(ProtocolJson.mapper().readTree(
                ProtocolFixtures.text("terminal-credential-grant.json")))).isTrue();
        assertThat(requestTree.equals(ProtocolJson.mapper().readTree(
                ProtocolFixtures.text("enrollment-request.json")))).isTrue();
    }

    @Test
    void secretsStayOutOfToString() {
        assertThat(new EnrollmentRequest("7K3Q-M9XD-2HTP").toString()).doesNotContain("7K3Q");
        assertThat(new TerminalCredentialGrant("t1", "q4Zp1n8R0b6cXfT2").toString()).contains("t1")
                .doesNotContain("q4Zp1n8R0b6cXfT2");
        assertThat(CredentialRotation.PATH).isEqualTo("/api/terminal/v1/credential");
    }
}
