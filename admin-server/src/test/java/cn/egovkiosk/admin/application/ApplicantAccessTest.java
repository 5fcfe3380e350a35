package cn.egovkiosk.admin.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.application.ApplicantAccess.Scope;
import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.protocol.submission.Applicant;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicantAccessTest {

    private final ApplicantAccess access = new ApplicantAccess(
            new ApplicationProperties(Map.of("wang", "HRSS", "li", "CA")));
    private final ApplicationDetail hrss = new ApplicationDetail("ZW20261120000017Z", "ITEM", "事项", "Item", "HRSS",
            "区人社局", "demo-kiosk-01", Instant.EPOCH, SubmissionStatus.RECEIVED,
            new Applicant("RESIDENT", "11010519491231002X", "张三"), Map.of("phone", "13800000000"), false);

    @Test
    void anOfficerSeesTheirDepartmentsApplicationsInTheClearAndNoOthers() {
        Scope wang = access.of("wang", role -> role == Role.OFFICER);
        Scope li = access.of("li", role -> role == Role.OFFICER);
        Scope nobody = access.of("zhao", role -> role == Role.OFFICER);

        assertThat(wang.view(hrss)).hasValueSatisfying(seen -> assertThat(seen.applicant().idNumber())
                .isEqualTo("11010519491231002X"));
        assertThat(li.view(hrss)).isEmpty();
        assertThat(nobody.view(hrss)).as("an officer without a department").isEmpty();
        assertThat(wang.listFilter()).contains("HRSS");
        assertThat(wang.mayMove()).isTrue();
    }

    @Test
    void theAuditorSeesEverythingMaskedAndMovesNothingOtherRolesSeeNothing() {
        Scope auditor = access.of("a", role -> role == Role.AUDITOR);
        Scope technician = access.of("t", role -> role == Role.TECHNICIAN);

        ApplicationDetail seen = auditor.view(hrss).orElseThrow();
        assertThat(seen.applicant().idNumber()).isEqualTo("1101**********002X");
        assertThat(seen.applicant().name()).isEqualTo("张*");
        assertThat(seen.form()).containsEntry("phone", "***");
        assertThat(auditor.mayMove()).isFalse();
        assertThat(technician.view(hrss)).isEmpty();
        assertThat(hrss.toString()).doesNotContain("11010519491231002X", "张三", "13800000000");
    }
}
