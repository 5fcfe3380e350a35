package cn.egovkiosk.admin.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.application.ApplicationHistory.Entry;
import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.progress.ProgressAnswer.Step;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import cn.egovkiosk.protocol.submission.TrackingNumber;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.type.TypeReference;

/** Applications over the management API: who sees the applicant, how the status moves, what is recorded. */
class ApplicationApiTest extends AdminServerTestSupport {

    private static final String ID_NUMBER = "11010519491231002X";
    private static final String PHONE = "13800000000";
    private static final String BASE = AdminApiAccess.BASE + "/applications/";

    @Autowired
    ApplicationHistory history;
    @Autowired
    AuditLog audit;

    private AdminApiCalls api() {
        return new AdminApiCalls(port);
    }

    private ApplicationDetail read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ProtocolJson.mapper().readValue(response.body(), ApplicationDetail.class);
    }

    @Test
    void adminAndTheDepartmentsOfficerSeeTheApplicantTheAuditorOnlyMasked() {
        String tracking = AdminApiCalls.submitFixture(demoKiosk());

        ApplicationDetail asAdmin = read(api().get("admin", BASE + tracking));
        ApplicationDetail asOfficer = read(api().get("officer", BASE + tracking));
        HttpResponse<String> auditorAnswer = api().get("auditor", BASE + tracking);
        ApplicationDetail asAuditor = read(auditorAnswer);

        assertThat(asAdmin.applicant().idNumber()).isEqualTo(ID_NUMBER);
        assertThat(asAdmin.form()).containsEntry("phone", PHONE);
        assertThat(asAdmin.departmentCode()).isEqualTo("HRSS");
        assertThat(asOfficer.applicant().name()).isEqualTo("张三");
        assertThat(asAuditor.applicant().idNumber()).isEqualTo("1101**********002X");
        assertThat(asAuditor.applicant().name()).isEqualTo("张*");
        assertThat(asAuditor.form()).containsOnlyKeys("phone");
        assertThat(auditorAnswer.body()).doesNotContain(ID_NUMBER, "张三", PHONE);
    }

    @Test
    void listsNeverCarryTheApplicantInTheClear() {
        AdminApiCalls.submitFixture(demoKiosk());

        for (String user : List.of("admin", "auditor", "officer")) {
            HttpResponse<String> list = api().get(user, AdminApiAccess.BASE + "/applications?limit=50");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).as(user).contains("1101**********002X").doesNotContain(ID_NUMBER, PHONE);
        }
    }

    @Test
    void theOfficerMovesTheApplicationWithANoteAndTheHistoryAndAuditRecordIt() {
        String tracking = AdminApiCalls.submitFixture(demoKiosk());

        assertThat(api().post("officer", BASE + tracking + "/transitions",
                "{\"status\":\"ACCEPTED\",\"note\":\"已受理，请留意短信\"}").statusCode()).isEqualTo(200);
        assertThat(api().post("officer", BASE + tracking + "/transitions", "{\"status\":\"APPROVED\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> backwards = api().post("admin", BASE + tracking + "/transitions",
                "{\"status\":\"RECEIVED\"}");

        assertThat(backwards.statusCode()).isEqualTo(409);
        List<Entry> entries = ProtocolJson.mapper().readValue(api().get("auditor", BASE + tracking + "/history")
                .body(), new TypeReference<List<Entry>>() {
                });
        assertThat(entries).extracting(Entry::status).containsExactly(SubmissionStatus.RECEIVED,
                SubmissionStatus.ACCEPTED, SubmissionStatus.APPROVED);
        assertThat(entries).extracting(Entry::actor).containsExactly("terminal:" + DEMO_ID, "officer", "officer");
        assertThat(history.of(tracking)).extracting(Step::note).containsExactly("", "已受理，请留意短信", "");
        assertThat(read(api().get("admin", BASE + tracking)).status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(audit.latest(500)).filteredOn(entry -> entry.subject().equals("APPLICATION " + tracking))
                .extracting(AuditLog.Entry::after).containsExactlyInAnyOrder("{\"status\":\"ACCEPTED\"}",
                        "{\"status\":\"APPROVED\"}");
    }

    @Test
    void theAuditorMayNotMoveAndBadNumbersAreRefusedClearly() {
        String tracking = AdminApiCalls.submitFixture(demoKiosk());

        assertThat(api().post("auditor", BASE + tracking + "/transitions", "{\"status\":\"ACCEPTED\"}")
                .statusCode()).isEqualTo(403);
        assertThat(api().get("admin", BASE + "ZW20261120000017X").statusCode()).isEqualTo(400);
        assertThat(api().get("admin", BASE + TrackingNumber.of(LocalDate.of(1999, 1, 1), 1)).statusCode())
                .isEqualTo(404);
        assertThat(api().post("admin", BASE + tracking + "/transitions", "{\"note\":\"x\"}").statusCode())
                .isEqualTo(400);
        assertThat(history.entries(tracking)).hasSize(1);
    }
}
