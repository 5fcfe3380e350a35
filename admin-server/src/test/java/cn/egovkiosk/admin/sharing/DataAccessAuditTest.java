package cn.egovkiosk.admin.sharing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.application.AdminApiCalls;
import cn.egovkiosk.admin.decision.DemoApplications;
import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The PIPL audit of data sharing: the management API and the page list each access with purpose, consent and
 * result, filter by days, source and terminal, and never show the resident.
 */
class DataAccessAuditTest extends AdminServerTestSupport {

    private static final String PATH = AdminApiAccess.BASE + "/data-access";

    @Autowired
    ApplicationContext context;

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    /** Sends an application from the second kiosk; its tracking number. */
    private String submit(String itemCode, cn.egovkiosk.protocol.submission.Applicant applicant,
            Set<DataSource> consented) {
        Submission submission = DemoApplications.submission(itemCode, applicant, consented);
        return TerminalClient.read(otherKiosk().post(TerminalApi.SUBMISSIONS, DemoApplications.json(submission),
                TerminalApi.IDEMPOTENCY_KEY, submission.idempotencyKey().toString()), SubmissionAck.class)
                .trackingNumber();
    }

    private List<DataAccessQuery.LoggedAccess> accesses(String query) {
        HttpResponse<String> response = new AdminApiCalls(port).get("auditor", PATH + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        assertPersonalDataAbsent(response.body());
        return Arrays.asList(ProtocolJson.mapper().readValue(response.body(),
                DataAccessQuery.LoggedAccess[].class));
    }

    private static void assertPersonalDataAbsent(String text) {
        assertThat(text).doesNotContain(DemoApplications.ZHANG_SAN.idNumber(), DemoApplications.ZHANG_SAN.name(),
                DemoApplications.LI_SI.idNumber(), DemoApplications.LI_SI.name(), "1101**********002X", "张*", "李*",
                "13800000000");
    }

    @Test
    void theApiListsPurposeConsentAndResultFilteredBySourceTerminalAndDays() {
        String approved = submit(DemoApplications.HOUSING_FUND_CERTIFICATE, DemoApplications.ZHANG_SAN,
                Set.of(DataSource.HOUSING_FUND));
        // the rent withdrawal reads the housing fund and real estate: the second was not consented to
        String partlyConsented = submit(DemoApplications.RENT_WITHDRAWAL, DemoApplications.LI_SI,
                Set.of(DataSource.HOUSING_FUND));

        List<DataAccessQuery.LoggedAccess> mine = accesses("?terminal=" + OTHER_ID).stream()
                .filter(a -> List.of(approved, partlyConsented).contains(a.trackingNumber())).toList();

        assertThat(mine).filteredOn(a -> a.trackingNumber().equals(approved)).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo(DataSource.HOUSING_FUND);
            assertThat(a.consented()).isTrue();
            assertThat(a.consentPurpose()).isEqualTo("办理本事项");
            assertThat(a.purpose()).contains("住房公积金缴存证明打印");
            assertThat(a.result()).isEqualTo(SharedLookup.Result.FOUND);
            assertThat(a.terminalId()).isEqualTo(OTHER_ID);
        });
        assertThat(mine).filteredOn(a -> a.trackingNumber().equals(partlyConsented))
                .extracting(DataAccessQuery.LoggedAccess::source, DataAccessQuery.LoggedAccess::result)
                .contains(org.assertj.core.groups.Tuple.tuple(DataSource.HOUSING_FUND, SharedLookup.Result.FOUND),
                        org.assertj.core.groups.Tuple.tuple(DataSource.REAL_ESTATE,
                                SharedLookup.Result.NOT_CONSENTED));

        assertThat(accesses("?source=REAL_ESTATE")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.source()).isEqualTo(DataSource.REAL_ESTATE))
                .extracting(DataAccessQuery.LoggedAccess::trackingNumber).contains(partlyConsented)
                .doesNotContain(approved);
        assertThat(accesses("?terminal=" + DEMO_ID)).extracting(DataAccessQuery.LoggedAccess::trackingNumber)
                .doesNotContain(approved, partlyConsented);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(accesses("?from=" + today.minusDays(1) + "&to=" + today.plusDays(1)))
                .extracting(DataAccessQuery.LoggedAccess::trackingNumber).contains(approved, partlyConsented);
        assertThat(accesses("?from=" + today.plusDays(2) + "&to=" + today.plusDays(3))).isEmpty();
        assertThat(new AdminApiCalls(port).get("auditor", PATH + "?from=" + today + "&to=" + today.minusDays(1))
                .statusCode()).isEqualTo(400);
        assertThat(new AdminApiCalls(port).get("auditor", PATH + "?source=PASSPORT").statusCode()).isEqualTo(400);
    }

    @Test
    void thePageShowsEachAccessWithPurposeConsentAndResultAndFiltersBySource() {
        String partlyConsented = submit(DemoApplications.RENT_WITHDRAWAL, DemoApplications.LI_SI,
                Set.of(DataSource.HOUSING_FUND));

        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "data-access", "auditor", Role.AUDITOR);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("data-access-entries"));
        List<List<String>> rows = rows(grid).stream().filter(row -> row.contains(partlyConsented)).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains(OTHER_ID, "住房公积金缴存记录", "已取得")
                .anySatisfy(cell -> assertThat(cell).startsWith("已授权：办理本事项（")));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("不动产登记记录", "未授权，未调用"));
        rows(grid).forEach(row -> assertPersonalDataAbsent(String.join("|", row)));

        @SuppressWarnings("unchecked")
        ComboBox<DataSource> source = _get(ComboBox.class, spec -> spec.withId("data-access-source"));
        source.setValue(DataSource.REAL_ESTATE);

        assertThat(rows(grid)).isNotEmpty().allSatisfy(row -> assertThat(row).contains("不动产登记记录"));
    }

    private static List<List<String>> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
    }
}
