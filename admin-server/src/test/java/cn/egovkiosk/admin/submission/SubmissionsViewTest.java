package cn.egovkiosk.admin.submission;

import static cn.egovkiosk.admin.submission.SubmissionFixtures.ID_NUMBER;
import static cn.egovkiosk.admin.submission.SubmissionFixtures.NAME;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class SubmissionsViewTest extends AdminServerTestSupport {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    private SubmissionAck submitFixture() {
        UUID key = UUID.randomUUID();
        return TerminalClient.read(demoKiosk().post(TerminalApi.SUBMISSIONS, SubmissionFixtures.withKey(key),
                TerminalApi.IDEMPOTENCY_KEY, key.toString()), SubmissionAck.class);
    }

    private static List<String> rowOf(String trackingNumber) {
        Grid<?> grid = _get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i))
                .filter(row -> row.contains(trackingNumber)).findFirst().orElseThrow();
    }

    @Test
    void theApplicantIsShownMaskedWithTheItemTerminalAndStatusInChinese() {
        SubmissionAck ack = submitFixture();

        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "submissions");

        List<String> row = rowOf(ack.trackingNumber());
        assertThat(row).contains("城乡居民基本养老保险参保登记", DEMO_ID, "已接收", "张* 1101**********002X");
        assertThat(String.join("|", row)).doesNotContain(ID_NUMBER).doesNotContain(NAME);
    }

    @Test
    void theSamePageSpeaksEnglishToAnEnglishBrowser() {
        SubmissionAck ack = submitFixture();

        AdminUi.open(context, Locale.ENGLISH, "submissions");

        assertThat(rowOf(ack.trackingNumber())).contains(
                "Basic pension insurance enrolment for urban and rural residents", "Received");
    }
}
