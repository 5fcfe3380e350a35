package cn.egovkiosk.admin.decision;

import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.submission.Applicant;
import cn.egovkiosk.protocol.submission.Consent;
import cn.egovkiosk.protocol.submission.Submission;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Submissions of the demo residents for the demo's 秒批 and certificate items. */
public final class DemoApplications {

    public static final String HOUSING_FUND_CERTIFICATE = "12350200MB0000004D4442116001000";
    public static final String RENT_WITHDRAWAL = "12350200MB0000005E4442116002000";
    public static final String SOCIAL_INSURANCE_QUERY = "11350203MB0000002B4442115003000";
    public static final String PENSION_ENROLMENT = "11350203MB0000001A4442115002000";
    public static final Applicant ZHANG_SAN = new Applicant("RESIDENT", "11010519491231002X", "张三",
            "北京市朝阳区建国路1号");
    public static final Applicant LI_SI = new Applicant("RESIDENT", "350203199003072511", "李四",
            "福建省厦门市思明区湖滨南路100号");
    public static final Applicant WANG_WU = new Applicant("RESIDENT", "350203200501010036", "王五",
            "福建省厦门市思明区中山路1号");

    private DemoApplications() {
    }

    public static Submission submission(String itemCode, Applicant applicant, Set<DataSource> consented) {
        Instant now = Instant.now();
        return new Submission(UUID.randomUUID(), itemCode, applicant, Map.of("phone", "13800000000"), now,
                consented.isEmpty() ? Consent.NONE : new Consent(consented, "办理本事项", now));
    }

    public static String json(Submission submission) {
        return ProtocolJson.mapper().writeValueAsString(submission);
    }
}
