package cn.egovkiosk.admin.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.catalog.editor.CatalogEditing;
import cn.egovkiosk.admin.catalog.editor.CatalogEditingFixtures;
import cn.egovkiosk.admin.rollout.StagedRollout.State;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Staged rollouts against real kiosks over HTTP: stage after stage as terminals report the version in heartbeats,
 * a pause when more than the threshold miss the deadline, resume and abort through the management API. The
 * scheduled check is slowed down so that each test decides when a check happens; its own context keeps the draft
 * edits away from other test classes.
 */
@TestPropertySource(properties = "admin.rollout.check-interval=1h")
class StagedRolloutTest extends AdminServerTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    CatalogRollouts rollouts;
    @Autowired
    PublishedCatalog catalog;
    @Autowired
    CatalogEditing editing;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private String newGroup() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO terminal_group (code, name) VALUES (?, ?)").params(code, "测试分组 " + code).update();
        return code;
    }

    private TerminalClient kioskIn(String group) {
        return enrolledKiosk("k-" + UUID.randomUUID().toString().substring(0, 8), group);
    }

    /** A heartbeat reporting the catalog the kiosk runs; the answer names the catalog targeted at it. */
    private static HeartbeatAck heartbeat(TerminalClient kiosk, String runningHash) {
        Heartbeat heartbeat = new Heartbeat("0.1.0", runningHash, List.of(), 0, Instant.now());
        return TerminalClient.read(kiosk.post(TerminalApi.HEARTBEAT,
                ProtocolJson.mapper().writeValueAsString(heartbeat)), HeartbeatAck.class);
    }

    /** A heartbeat of a kiosk that still runs {@code runningHash} because it could not apply {@code failedHash}. */
    private static void failure(TerminalClient kiosk, String runningHash, String failedHash) {
        Heartbeat heartbeat = new Heartbeat("0.1.0", runningHash, List.of(), 0, Instant.now(),
                failedHash + ": signature does not match", List.of());
        kiosk.post(TerminalApi.HEARTBEAT, ProtocolJson.mapper().writeValueAsString(heartbeat));
    }

    private String hashOf(StagedRollout rollout) {
        return catalog.version(rollout.version()).contentHash();
    }

    @Test
    void theNextGroupGetsTheVersionOnceEveryTerminalOfTheStageRunsIt() {
        String first = newGroup();
        String second = newGroup();
        TerminalClient a1 = kioskIn(first);
        TerminalClient a2 = kioskIn(first);
        TerminalClient b1 = kioskIn(second);
        String before = catalog.current().contentHash();
        CatalogEditingFixtures.newKioskItem(editing, "分批发布测试事项");

        StagedRollout rollout = rollouts.start(List.of(first, second), 0, Duration.ofHours(1), "editor");
        String version = hashOf(rollout);

        assertThat(version).isNotEqualTo(before);
        assertThat(heartbeat(a1, version).catalogContentHash()).isEqualTo(version);
        assertThat(heartbeat(a2, before).catalogChanged()).isTrue();
        assertThat(heartbeat(b1, before).catalogContentHash()).isEqualTo(before);
        rollouts.check();
        assertThat(rollouts.find(rollout.id()).stage()).isZero();
        assertThat(rollouts.progress(rollouts.find(rollout.id()))).isEqualTo(new StageProgress(2, 1, 0));

        heartbeat(a2, version);
        rollouts.check();

        assertThat(rollouts.find(rollout.id()).stage()).isEqualTo(1);
        assertThat(heartbeat(b1, before).catalogContentHash()).isEqualTo(version);
        heartbeat(b1, version);
        rollouts.check();
        assertThat(rollouts.find(rollout.id()).state()).isEqualTo(State.COMPLETED);
        assertThat(audit.latest(50)).filteredOn(e -> e.subject().equals("ROLLOUT " + rollout.id()))
                .extracting(AuditLog.Entry::action)
                .containsExactly("rollout.complete", "rollout.advance", "rollout.start");
    }

    @Test
    void tooManyLateTerminalsPauseTheRolloutAndAResumeWithinTheThresholdMovesOn() throws Exception {
        String first = newGroup();
        String second = newGroup();
        TerminalClient c1 = kioskIn(first);
        TerminalClient c2 = kioskIn(first);
        TerminalClient d1 = kioskIn(second);
        String before = catalog.current().contentHash();
        CatalogEditingFixtures.newKioskItem(editing, "暂停测试事项");

        HttpResponse<String> started = api("POST", "/catalog/rollouts", "editor", "{\"groupCodes\":[\"" + first
                + "\",\"" + second + "\"],\"failureThreshold\":50,\"adoptionDeadlineSeconds\":0}");
        assertThat(started.statusCode()).isEqualTo(201);
        StagedRollout rollout = rollouts.all().getFirst();

        // the deadline of 0 s has passed at once: 2 of 2 late is beyond 50 %
        assertThat(rollout.state()).isEqualTo(State.PAUSED);
        assertThat(rollout.pauseReason()).isEqualTo("2/2");
        assertThat(heartbeat(d1, before).catalogContentHash()).isEqualTo(before);
        assertThat(api("GET", "/catalog/rollouts/" + rollout.id(), "auditor", null).body())
                .contains("\"state\":\"PAUSED\"", "\"failed\":2");

        heartbeat(c1, hashOf(rollout));
        rollouts.check();
        assertThat(rollouts.find(rollout.id()).state()).isEqualTo(State.PAUSED);
        assertThat(api("POST", "/catalog/rollouts/" + rollout.id() + "/resume", "editor", "").statusCode())
                .isEqualTo(200);

        // 1 of 2 late is within 50 %: the second group gets the version
        StagedRollout resumed = rollouts.find(rollout.id());
        assertThat(resumed.stage()).isEqualTo(1);
        assertThat(heartbeat(d1, before).catalogContentHash()).isEqualTo(hashOf(rollout));
        assertThat(heartbeat(c2, before).catalogContentHash()).isEqualTo(hashOf(rollout));
    }

    @Test
    void terminalsReportingTheyCouldNotApplyTheVersionPauseTheRolloutBeforeTheDeadline() {
        String first = newGroup();
        String second = newGroup();
        TerminalClient e1 = kioskIn(first);
        TerminalClient e2 = kioskIn(first);
        TerminalClient e3 = kioskIn(first);
        TerminalClient f1 = kioskIn(second);
        String before = catalog.current().contentHash();
        CatalogEditingFixtures.newKioskItem(editing, "应用失败测试事项");
        StagedRollout rollout = rollouts.start(List.of(first, second), 40, Duration.ofHours(1), "editor");
        String version = hashOf(rollout);

        // a failure naming another version does not count; one of three is within 40 %
        failure(e1, before, "0".repeat(64));
        heartbeat(e2, version);
        failure(e3, before, version);
        rollouts.check();
        assertThat(rollouts.progress(rollouts.find(rollout.id()))).isEqualTo(new StageProgress(3, 1, 1));
        assertThat(rollouts.find(rollout.id()).state()).isEqualTo(State.RUNNING);

        failure(e1, before, version);
        rollouts.check();

        // two of three failed, an hour before the deadline: beyond 40 %, the second group keeps its catalog
        StagedRollout paused = rollouts.find(rollout.id());
        assertThat(paused.state()).isEqualTo(State.PAUSED);
        assertThat(paused.stage()).isZero();
        assertThat(paused.pauseReason()).isEqualTo("2/3");
        assertThat(heartbeat(f1, before).catalogContentHash()).isEqualTo(before);
    }

    @Test
    void aStageWhoseTerminalsAllAdoptedOrFailedWithinTheThresholdMovesOnBeforeTheDeadline() {
        String first = newGroup();
        String second = newGroup();
        TerminalClient g1 = kioskIn(first);
        TerminalClient g2 = kioskIn(first);
        TerminalClient h1 = kioskIn(second);
        String before = catalog.current().contentHash();
        CatalogEditingFixtures.newKioskItem(editing, "部分失败测试事项");
        StagedRollout rollout = rollouts.start(List.of(first, second), 50, Duration.ofHours(1), "editor");
        String version = hashOf(rollout);

        heartbeat(g1, version);
        failure(g2, before, version);
        rollouts.check();

        assertThat(rollouts.find(rollout.id()).stage()).isEqualTo(1);
        assertThat(heartbeat(h1, before).catalogContentHash()).isEqualTo(version);
    }

    @Test
    void anAbortRollsTheStagesBackAndEndsTheRollout() throws Exception {
        String group = newGroup();
        TerminalClient kiosk = kioskIn(group);
        String before = catalog.current().contentHash();
        CatalogEditingFixtures.newKioskItem(editing, "中止测试事项");
        StagedRollout rollout = rollouts.start(List.of(group, newGroup()), 20, Duration.ofHours(1), "editor");
        assertThat(heartbeat(kiosk, before).catalogContentHash()).isEqualTo(hashOf(rollout));

        assertThat(api("POST", "/catalog/rollouts/" + rollout.id() + "/abort", "admin", "").statusCode())
                .isEqualTo(200);

        assertThat(rollouts.find(rollout.id()).state()).isEqualTo(State.ABORTED);
        assertThat(heartbeat(kiosk, hashOf(rollout)).catalogContentHash()).isEqualTo(before);
        assertThat(api("POST", "/catalog/rollouts/" + rollout.id() + "/resume", "admin", "").statusCode())
                .isEqualTo(409);
    }

    @Test
    void unknownRepeatedOrMissingGroupsAndOutOfRangeSettingsAreRefused() throws Exception {
        String group = newGroup();
        for (String body : List.of("{\"groupCodes\":[\"NO-SUCH-GROUP\"]}", "{\"groupCodes\":[]}",
                "{\"groupCodes\":[\"" + group + "\",\"" + group + "\"]}",
                "{\"groupCodes\":[\"" + group + "\"],\"failureThreshold\":101}",
                "{\"groupCodes\":[\"" + group + "\"],\"adoptionDeadlineSeconds\":-1}")) {
            assertThat(api("POST", "/catalog/rollouts", "admin", body).statusCode()).as(body).isEqualTo(400);
        }
        assertThat(api("POST", "/catalog/rollouts", "technician", "{\"groupCodes\":[\"" + group + "\"]}")
                .statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> api(String method, String path, String user, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/v1" + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user + "-change-me").getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
