package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.enrollment.CredentialRotation;
import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cache of verified credentials: a revocation or rotation on this instance counts at the very next request; one
 * made elsewhere (written straight into the database, as another instance would) within the recheck interval.
 */
class VerifiedCredentialsTest extends AdminServerTestSupport {

    private static final Duration RECHECK = Duration.ofSeconds(1); // admin.terminal-api.credential-recheck default

    @Autowired
    VerifiedCredentials verified;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRevocationOnThisInstanceCountsAtTheNextRequestThoughTheCredentialWasCached() {
        TerminalClient kiosk = enrolledKiosk("sm-cache-revoke", "SM-CENTRE");
        assertThat(kiosk.get(TerminalApi.CATALOG).statusCode()).isEqualTo(200);
        assertThat(kiosk.get(TerminalApi.CATALOG).statusCode()).isEqualTo(200);
        assertThat(cachedFor("sm-cache-revoke")).isTrue();

        terminalRegistry.revoke("sm-cache-revoke");

        assertThat(cachedFor("sm-cache-revoke")).isFalse();
        assertThat(kiosk.get(TerminalApi.CATALOG).statusCode()).isEqualTo(401);
    }

    @Test
    void aRotatedCredentialEndsAtTheFirstUseOfTheNewOneEvenWhenCached() {
        TerminalClient old = enrolledKiosk("sm-cache-rotate", "SM-CENTRE");
        assertThat(old.get(TerminalApi.CATALOG).statusCode()).isEqualTo(200);
        TerminalCredentialGrant rotated = TerminalClient.read(old.post(CredentialRotation.PATH, ""),
                TerminalCredentialGrant.class);
        assertThat(old.get(TerminalApi.CATALOG).statusCode()).isEqualTo(200); // until the new one is used

        assertThat(TerminalClient.bearer(port, rotated.credential()).get(TerminalApi.CATALOG).statusCode())
                .isEqualTo(200);

        assertThat(old.get(TerminalApi.CATALOG).statusCode()).isEqualTo(401);
        assertThat(TerminalClient.bearer(port, rotated.credential()).get(TerminalApi.CATALOG).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aRevocationMadeByAnotherInstanceCountsWithinTheRecheckInterval() throws InterruptedException {
        TerminalClient kiosk = enrolledKiosk("sm-cache-elsewhere", "SM-COMMUNITY");
        assertThat(kiosk.get(TerminalApi.CATALOG).statusCode()).isEqualTo(200);
        assertThat(cachedFor("sm-cache-elsewhere")).isTrue();

        long revokedAt = System.nanoTime();
        jdbc.sql("UPDATE terminal SET credential_hash = NULL, revoked_at = '2026-11-28T00:00:00Z' WHERE id = ?")
                .param("sm-cache-elsewhere").update();

        int status;
        do {
            Thread.sleep(50);
            status = kiosk.get(TerminalApi.CATALOG).statusCode();
        } while (status == 200 && System.nanoTime() - revokedAt < RECHECK.multipliedBy(3).toNanos());
        assertThat(status).isEqualTo(401);
        // one interval, plus the time a running recheck and the request take
        assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(RECHECK.plusMillis(500));
    }

    @Test
    void aMovedTerminalIsSeenInItsNewGroupAfterTheRecheck() throws InterruptedException {
        String credential = enrolled("sm-cache-moved", "SM-COMMUNITY");
        TerminalClient kiosk = TerminalClient.bearer(port, credential);
        assertThat(kiosk.get(TerminalApi.CATALOG).statusCode()).isEqualTo(200);

        jdbc.sql("UPDATE terminal SET group_code = 'SM-STORE' WHERE id = ?").param("sm-cache-moved").update();
        Thread.sleep(RECHECK.plusMillis(500));

        assertThat(verified.find(TerminalSecrets.hash(credential))).isNull();
        assertThat(kiosk.get(TerminalApi.CATALOG).statusCode()).isEqualTo(200);
        assertThat(verified.find(TerminalSecrets.hash(credential)).groupCode()).isEqualTo("SM-STORE");
    }

    @Test
    void theCacheHoldsNoMoreThanItsCapacity() {
        VerifiedCredentials small = new VerifiedCredentials(jdbc, new TerminalApiProperties(2, RECHECK,
                Duration.ofMillis(250), 1, 1, Duration.ofSeconds(1)));
        for (int i = 0; i < 5; i++) {
            small.remember("hash-" + i, new AuthenticatedTerminal("t-" + i, "site", "SM-STORE"), small.epoch());
        }
        assertThat(small.size()).isEqualTo(2);

        long before = small.epoch();
        small.forget("t-unrelated");
        small.remember("hash-late", new AuthenticatedTerminal("t-late", "site", "SM-STORE"), before);
        assertThat(small.find("hash-late")).as("a lookup older than a forget is not kept").isNull();
    }

    private boolean cachedFor(String terminalId) {
        return jdbc.sql("SELECT credential_hash FROM terminal WHERE id = ?").param(terminalId).query(String.class)
                .optional().map(verified::find).filter(t -> t.id().equals(terminalId)).isPresent();
    }

    private String enrolled(String id, String groupCode) {
        terminalRegistry.create(new NewTerminal(id, "筼筜街道社区服务站", "厦门市思明区湖滨南路 2 号", 24.47, 118.10,
                groupCode));
        return terminalRegistry.enroll(terminalRegistry.issueEnrollmentCode(id).code()).credential();
    }
}
