package cn.egovkiosk.admin.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.admin.application.AdminApiCalls;
import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.protocol.ProtocolJson;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Deliveries that fail: a department answering 503 and one whose system is down. The queue gives up after the
 * configured tries, the page and the API show why in plain words, and "retry now" after the department recovers
 * delivers the application exactly once, audited. No applicant data on the page, in the API or in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailedDeliveriesTest extends AdminServerTestSupport {

    private static final String PATH = AdminApiAccess.BASE + "/connector/deliveries";
    private static final String CA_ITEM = "11350203MB0000006F4442117001000";
    private static final String CA_SECRET = "ca-webhook-secret-for-tests-only-0123456789";
    private static DepartmentSimulator hrss;
    private static int caPort;

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog audit;

    @DynamicPropertySource
    static void connectDepartments(DynamicPropertyRegistry registry) {
        try (ServerSocket free = new ServerSocket(0)) {
            hrss = DepartmentSimulator.start("HRSS", DepartmentConnectorTest.SECRET);
            caPort = free.getLocalPort(); // nothing listens here until the test starts CA's system
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConnectedDepartments.connect(registry, 0, "HRSS", hrss.url().toString(), DepartmentConnectorTest.SECRET);
        ConnectedDepartments.connect(registry, 1, "CA", "http://127.0.0.1:" + caPort + "/applications", CA_SECRET);
        registry.add("admin.connector.give-up-after", () -> "2");
    }

    @AfterAll
    static void stopSimulator() {
        hrss.close();
    }

    @BeforeEach
    void reportHere() {
        hrss.reportTo(URI.create("http://127.0.0.1:" + port));
    }

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    @Test
    void aRefusedDeliveryIsGivenUpShownAndDeliveredOnceWhenRetriedFromThePage(CapturedOutput output) {
        hrss.failNext(1_000);
        String tracking = AdminApiCalls.submitFixture(demoKiosk());

        ConnectorDelivery gaveUp = awaitState(tracking, DeliveryState.GAVE_UP);
        assertThat(gaveUp.departmentCode()).isEqualTo("HRSS");
        assertThat(gaveUp.attempts()).isEqualTo(2);
        assertThat(gaveUp.failure()).isEqualTo(DeliveryFailure.REFUSED);
        assertThat(gaveUp.answeredStatus()).isEqualTo(503);
        assertThat(gaveUp.nextTry()).isNull();
        int requestsWhenGivenUp = hrss.requests.get();
        assertThat(deliveries("").stream().map(ConnectorDelivery::trackingNumber)).contains(tracking);

        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "connector-deliveries");
        Grid<?> grid = LocatorJ._get(Grid.class, spec -> spec.withId("connector-deliveries"));
        int row = rowOf(grid, tracking);
        assertThat(GridKt._getFormattedRow(grid, row)).contains("HRSS", "已停止自动重试", "2",
                "部门系统返回错误（HTTP 503），请联系该部门检查其系统。", "等待人工重试");
        assertThat(hrss.requests.get()).as("no try by itself after giving up").isEqualTo(requestsWhenGivenUp);
        rows(grid).forEach(cells -> assertPersonalDataAbsent(String.join("|", cells)));

        hrss.failNext(0);
        ButtonKt._click((Button) GridKt._getCellComponent(grid, row, "retry"));

        ConnectedDepartments.await(() -> hrss.timesTaken(tracking) == 1
                && stateOf(tracking) == DeliveryState.DELIVERED);
        assertThat(hrss.timesTaken(tracking)).isEqualTo(1);
        assertThat(audit.latest(50)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.action()).isEqualTo("connector.retry");
            assertThat(entry.subject()).isEqualTo("DELIVERY " + tracking + " HRSS");
            assertThat(entry.before()).contains("GAVE_UP");
        });
        assertThat(new AdminApiCalls(port).post("admin", PATH + "/" + tracking + "/retry", "").statusCode())
                .as("delivered: nothing to retry").isEqualTo(409);
        assertThat(deliveries("").stream().map(ConnectorDelivery::trackingNumber)).doesNotContain(tracking);
        assertPersonalDataAbsent(output.getAll());
    }

    @Test
    void anUnreachableDepartmentGetsTheApplicationOnceAfterItsSystemIsBackAndRetriedOverTheApi(
            CapturedOutput output) throws IOException {
        String tracking = AdminApiCalls.submitFixture(demoKiosk(), CA_ITEM);

        ConnectorDelivery gaveUp = awaitState(tracking, DeliveryState.GAVE_UP);
        assertThat(gaveUp.failure()).isEqualTo(DeliveryFailure.UNREACHABLE);
        assertThat(deliveries("?state=GAVE_UP")).extracting(ConnectorDelivery::trackingNumber).contains(tracking);
        assertThat(deliveries("?state=DELIVERED")).extracting(ConnectorDelivery::trackingNumber)
                .doesNotContain(tracking);
        assertThat(new AdminApiCalls(port).get("auditor", PATH).statusCode()).isEqualTo(403);
        assertThat(new AdminApiCalls(port).post("admin", PATH + "/ZW-NO-SUCH/retry", "").statusCode())
                .isEqualTo(404);

        try (DepartmentSimulator ca = DepartmentSimulator.start("CA", CA_SECRET, caPort)) {
            ca.reportTo(URI.create("http://127.0.0.1:" + port));
            HttpResponse<String> retry = new AdminApiCalls(port).post("admin", PATH + "/" + tracking + "/retry", "");
            assertThat(retry.statusCode()).isEqualTo(202);
            assertPersonalDataAbsent(retry.body());

            ConnectedDepartments.await(() -> stateOf(tracking) == DeliveryState.DELIVERED);
            assertThat(ca.timesTaken(tracking)).isEqualTo(1);
            assertThat(ca.badSignatures).hasValue(0);
            assertThat(deliveries("?state=DELIVERED")).filteredOn(d -> d.trackingNumber().equals(tracking))
                    .singleElement().satisfies(d -> assertThat(d.attempts()).isEqualTo(3));
        }
        assertPersonalDataAbsent(output.getAll());
    }

    @Test
    void onlyAdministratorsHaveThePageInTheirNavigation() {
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "", "admin", Role.ADMIN);
        assertThat(LocatorJ._find(RouterLink.class)).extracting(RouterLink::getText).contains("部门推送");
        AdminUi.close();

        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "", "auditor", Role.AUDITOR);
        assertThat(LocatorJ._find(RouterLink.class)).extracting(RouterLink::getText).doesNotContain("部门推送");
        assertThatThrownBy(() -> UI.getCurrent().navigate("connector-deliveries"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private List<ConnectorDelivery> deliveries(String query) {
        HttpResponse<String> response = new AdminApiCalls(port).get("admin", PATH + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        assertPersonalDataAbsent(response.body());
        return Arrays.asList(ProtocolJson.mapper().readValue(response.body(), ConnectorDelivery[].class));
    }

    private DeliveryState stateOf(String tracking) {
        return deliveries("?state=PENDING&state=FAILING&state=GAVE_UP&state=DELIVERED").stream()
                .filter(d -> d.trackingNumber().equals(tracking)).map(ConnectorDelivery::state).findFirst()
                .orElse(null);
    }

    private ConnectorDelivery awaitState(String tracking, DeliveryState state) {
        ConnectedDepartments.await(() -> stateOf(tracking) == state);
        return deliveries("?state=" + state).stream().filter(d -> d.trackingNumber().equals(tracking)).findFirst()
                .orElseThrow();
    }

    private static void assertPersonalDataAbsent(String text) {
        assertThat(text).doesNotContain("11010519491231002X", "张三", "13800000000", "景山前街", "1101**********002X",
                "张*");
    }

    private static int rowOf(Grid<?> grid, String tracking) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._getFormattedRow(grid, i).contains(tracking))
                .findFirst().orElseThrow(() -> new AssertionError(tracking + " not on the page"));
    }

    private static List<List<String>> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
    }
}
