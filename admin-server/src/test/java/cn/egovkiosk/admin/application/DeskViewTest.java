package cn.egovkiosk.admin.application;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The desk as an HRSS officer: only HRSS applications, the applicant in the clear, a step with a note. */
class DeskViewTest extends AdminServerTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationHistory history;

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    @SuppressWarnings("unchecked")
    private static List<ApplicationDetail> rows(Grid<ApplicationDetail> grid) {
        List<ApplicationDetail> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOfficerAcceptsAnApplicationOfTheDepartmentWithANote() {
        String hrss = AdminApiCalls.submitFixture(demoKiosk());
        String civilAffairs = AdminApiCalls.submitFixture(demoKiosk(), "11350203MB0000006F4442117001000");
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "desk", "officer", Role.OFFICER);

        Grid<ApplicationDetail> grid = LocatorJ._get(Grid.class, spec -> spec.withId("desk-applications"));
        List<ApplicationDetail> rows = rows(grid);
        assertThat(rows).extracting(ApplicationDetail::trackingNumber).contains(hrss).doesNotContain(civilAffairs);
        assertThat(rows).allSatisfy(row -> assertThat(row.applicant().idNumber()).contains("*"));

        grid.select(rows.stream().filter(row -> row.trackingNumber().equals(hrss)).findFirst().orElseThrow());
        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withId("desk-applicant")).getText())
                .contains("张三", "11010519491231002X");
        assertThat(LocatorJ._find(Button.class)).extracting(Button::getId).map(id -> id.orElse(""))
                .contains("desk-move-ACCEPTED", "desk-move-REJECTED").doesNotContain("desk-move-COMPLETED");
        LocatorJ._get(DeskView.class).deskCase().note().setValue("材料齐全，已受理");
        LocatorJ._get(Button.class, spec -> spec.withId("desk-move-ACCEPTED")).click();

        assertThat(history.entries(hrss)).last().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(SubmissionStatus.ACCEPTED);
            assertThat(entry.actor()).isEqualTo("officer");
            assertThat(entry.note()).isEqualTo("材料齐全，已受理");
        });
        assertThat(LocatorJ._find(Button.class)).extracting(Button::getId).map(id -> id.orElse(""))
                .contains("desk-move-APPROVED").doesNotContain("desk-move-ACCEPTED");
    }
}
