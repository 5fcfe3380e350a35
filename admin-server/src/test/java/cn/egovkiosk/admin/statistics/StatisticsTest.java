package cn.egovkiosk.admin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.application.AdminApiCalls;
import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.protocol.ProtocolJson;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.core.type.TypeReference;

/** Counts per terminal, item, department and day from applications sent over the terminal API. */
class StatisticsTest extends AdminServerTestSupport {

    private static final String BASE = AdminApiAccess.BASE + "/statistics/applications";
    private static final TypeReference<List<ApplicationCount>> COUNTS = new TypeReference<>() {
    };

    @Autowired
    ApplicationContext context;

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    private List<ApplicationCount> counts(String query) {
        HttpResponse<String> answer = new AdminApiCalls(port).get("auditor", BASE + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ProtocolJson.mapper().readValue(answer.body(), COUNTS);
    }

    private static long of(List<ApplicationCount> counts, String key) {
        return counts.stream().filter(count -> count.key().equals(key)).mapToLong(ApplicationCount::applications)
                .sum();
    }

    @Test
    void newApplicationsAreCountedPerTerminalItemDepartmentAndToday() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        List<ApplicationCount> terminalsBefore = counts("?by=TERMINAL");
        List<ApplicationCount> departmentsBefore = counts("?by=DEPARTMENT");
        List<ApplicationCount> daysBefore = counts("?by=DAY");

        AdminApiCalls.submitFixture(demoKiosk());
        AdminApiCalls.submitFixture(demoKiosk());
        AdminApiCalls.submitFixture(otherKiosk(), "11350203MB0000006F4442117001000");

        List<ApplicationCount> terminals = counts("?by=TERMINAL");
        assertThat(of(terminals, DEMO_ID) - of(terminalsBefore, DEMO_ID)).isEqualTo(2);
        assertThat(of(terminals, OTHER_ID) - of(terminalsBefore, OTHER_ID)).isEqualTo(1);
        List<ApplicationCount> departments = counts("?by=DEPARTMENT");
        assertThat(of(departments, "HRSS") - of(departmentsBefore, "HRSS")).isEqualTo(2);
        assertThat(of(departments, "CA") - of(departmentsBefore, "CA")).isEqualTo(1);
        assertThat(departments).filteredOn(count -> count.key().equals("HRSS")).singleElement()
                .extracting(ApplicationCount::label).isEqualTo("区人力资源和社会保障局");
        assertThat(of(counts("?by=DAY"), today) - of(daysBefore, today)).isEqualTo(3);
        assertThat(counts("?by=DAY&from=2000-01-01&to=2000-01-31")).isEmpty();
        assertThat(counts("?by=ITEM")).extracting(ApplicationCount::key).contains("11350203MB0000001A4442115002000");
    }

    @Test
    void theCsvHasAHeaderAndOneLinePerKey() {
        AdminApiCalls.submitFixture(demoKiosk());

        HttpResponse<String> csv = new AdminApiCalls(port).get("admin", BASE + ".csv?by=DEPARTMENT");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .contains("applications-by-department.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).endsWith("dimension,key,name,name_en,applications");
        assertThat(lines).anyMatch(line -> line.startsWith("DEPARTMENT,HRSS,区人力资源和社会保障局,"));
        assertThat(new AdminApiCalls(port).get("admin", BASE + "?from=2026-02-01&to=2026-01-01").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theStatisticsPageDrawsABarPerKeyAndListsThem() {
        AdminApiCalls.submitFixture(demoKiosk());
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "statistics", "auditor", Role.AUDITOR);

        StatisticsView view = LocatorJ._get(StatisticsView.class);
        LocatorJ._get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("statistics-by"))
                .setValue(Dimension.TERMINAL);

        String svg = view.chartSvg();
        assertThat(svg).startsWith("<svg").contains(DEMO_ID, "<rect class=\"bar\"", "办件数（按终端）");
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("statistics-csv")).getText()).isEqualTo("导出 CSV");
    }
}
