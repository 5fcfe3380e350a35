package cn.egovkiosk.admin.sharing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.application.AdminApiCalls;
import cn.egovkiosk.admin.decision.DemoApplications;
import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.admin.sharing.DataAccessLog.DataAccess;
import cn.egovkiosk.admin.sharing.DataAccessQuery.LoggedAccess;
import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Paging and CSV of the data access log: pages newest first that together give every match once, the total,
 * limits refused beyond the maximum, filters by source and days, and a CSV that Excel reads in Chinese (UTF-8 with
 * a byte-order mark) with no resident in it.
 */
class DataAccessPagingTest extends AdminServerTestSupport {

    private static final String PATH = AdminApiAccess.BASE + "/data-access";
    private static final int LOGGED = 25;

    @Autowired
    DataAccessLog log;
    @Autowired
    AdminProperties properties;
    @Autowired
    ApplicationContext context;

    private final String terminal = "paging-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<DataAccess> logged = new ArrayList<>();

    @BeforeEach
    void logAccessesOverAWeek() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < LOGGED; i++) {
            DataSource source = i % 3 == 0 ? DataSource.HOUSING_FUND : DataSource.SOCIAL_INSURANCE;
            DataAccess access = new DataAccess(UUID.randomUUID(), terminal, "ITEM-" + i, source,
                    i == 0 ? "=核验, \"缴存\"记录" : "办理事项 " + i, true, "办理本事项", now.minus(i * 7L, ChronoUnit.HOURS),
                    SharedLookup.Result.FOUND, now.minus(i * 7L, ChronoUnit.HOURS).plusSeconds(1));
            log.record(access);
            logged.add(access);
        }
    }

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    @Test
    void pagesAreNewestFirstAndTogetherGiveEveryMatchOnce() {
        List<LoggedAccess> all = new ArrayList<>();
        for (int offset = 0; offset < LOGGED; offset += 10) {
            HttpResponse<String> page = get(PATH + "?terminal=" + terminal + "&offset=" + offset + "&limit=10");
            assertThat(page.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(LOGGED));
            all.addAll(read(page));
        }

        assertThat(all).hasSize(LOGGED).extracting(LoggedAccess::itemCode)
                .containsExactlyElementsOf(IntStream.range(0, LOGGED).mapToObj(i -> "ITEM-" + i).toList());
        assertThat(all).isSortedAccordingTo(Comparator.comparing(LoggedAccess::accessedAt).reversed());
        assertThat(read(get(PATH + "?terminal=" + terminal + "&offset=" + LOGGED + "&limit=10"))).isEmpty();

        for (String bad : List.of("&limit=0", "&limit=" + (DataAccessQuery.MAX + 1), "&offset=-1")) {
            assertThat(get(PATH + "?terminal=" + terminal + bad).statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void sourceAndDaysFilterThePagesAndTheTotal() {
        HttpResponse<String> housing = get(PATH + "?terminal=" + terminal + "&source=HOUSING_FUND&limit=3");
        long expectedHousing = logged.stream().filter(a -> a.source() == DataSource.HOUSING_FUND).count();
        assertThat(housing.headers().firstValue("X-Total-Count")).hasValue(Long.toString(expectedHousing));
        assertThat(read(housing)).hasSize(3).allSatisfy(a -> assertThat(a.source()).isEqualTo(DataSource.HOUSING_FUND));

        LocalDate lastDay = localDay(logged.get(10).accessedAt());
        LocalDate firstDay = lastDay.minusDays(1);
        List<String> expected = logged.stream().filter(a -> !localDay(a.accessedAt()).isBefore(firstDay)
                && !localDay(a.accessedAt()).isAfter(lastDay)).map(DataAccess::itemCode).toList();
        HttpResponse<String> twoDays = get(PATH + "?terminal=" + terminal + "&from=" + firstDay + "&to=" + lastDay
                + "&limit=1000");
        assertThat(twoDays.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(expected.size()));
        assertThat(read(twoDays)).extracting(LoggedAccess::itemCode).containsExactlyElementsOf(expected);
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkEscapedAndWithoutTheResident() {
        Submission submission = DemoApplications.submission(DemoApplications.HOUSING_FUND_CERTIFICATE,
                DemoApplications.ZHANG_SAN, Set.of(DataSource.HOUSING_FUND));
        String tracking = TerminalClient.read(otherKiosk().post(TerminalApi.SUBMISSIONS,
                DemoApplications.json(submission), TerminalApi.IDEMPOTENCY_KEY, submission.idempotencyKey().toString()),
                SubmissionAck.class).trackingNumber();

        HttpResponse<byte[]> mine = getBytes(PATH + ".csv?terminal=" + terminal);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.toLowerCase(Locale.ROOT)).startsWith("text/csv").contains("charset=utf-8"));
        assertThat(mine.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment").contains(".csv"));
        assertThat(Arrays.copyOf(mine.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(mine.body(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst()).isEqualTo(DataAccessCsv.HEADER.strip());
        assertThat(lines).hasSize(LOGGED + 1);
        assertThat(lines.get(1)).contains("ITEM-0,HOUSING_FUND," + SourceNames.zh(DataSource.HOUSING_FUND)
                + ",\"'=核验, \"\"缴存\"\"记录\",true,办理本事项,");
        assertThat(lines.get(LOGGED)).contains("ITEM-" + (LOGGED - 1) + ",");

        String other = new String(getBytes(PATH + ".csv?terminal=" + OTHER_ID).body(), StandardCharsets.UTF_8);
        assertThat(other).contains(tracking, SourceNames.zh(DataSource.HOUSING_FUND))
                .doesNotContain(DemoApplications.ZHANG_SAN.idNumber(), DemoApplications.ZHANG_SAN.name(),
                        "1101**********002X", "张*");
    }

    @Test
    void thePageScrollsThroughEveryMatchAndOffersTheCsv() {
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "data-access", "auditor", Role.AUDITOR);
        _get(TextField.class, spec -> spec.withId("data-access-terminal")).setValue(terminal);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("data-access-entries"));
        assertThat(GridKt._size(grid)).isEqualTo(LOGGED);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("ITEM-0");
        assertThat(GridKt._getFormattedRow(grid, LOGGED - 1)).contains("ITEM-" + (LOGGED - 1));
        assertThat(_get(Span.class, spec -> spec.withId("data-access-total")).getText()).contains("25");
        assertThat(_get(Anchor.class, spec -> spec.withId("data-access-csv")).isEnabled()).isTrue();
    }

    private LocalDate localDay(Instant instant) {
        return LocalDate.ofInstant(instant, properties.timeZone());
    }

    private HttpResponse<String> get(String path) {
        return new AdminApiCalls(port).get("auditor", path);
    }

    private static List<LoggedAccess> read(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return Arrays.asList(ProtocolJson.mapper().readValue(response.body(), LoggedAccess[].class));
    }

    private HttpResponse<byte[]> getBytes(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "auditor:auditor-change-me".getBytes(StandardCharsets.UTF_8))).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
