package cn.egovkiosk.admin.terminal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.TerminalApi;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class TerminalsViewTest extends AdminServerTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    TerminalRegistry registry;
    @Autowired
    TerminalFleet fleet;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublishedCatalog catalog;

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    @Test
    void theTerminalsPageShowsSiteVersionOutboxAndDeviceStatesOfEveryConfiguredTerminal() {
        demoKiosk().post(TerminalApi.HEARTBEAT, ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT));

        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "");

        Grid<?> grid = _get(Grid.class);
        List<List<String>> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
        // configured terminals first; terminals other tests registered may follow
        assertThat(rows).extracting(row -> row.getFirst()).startsWith(DEMO_ID, OTHER_ID, SILENT_ID);
        assertThat(rows.getFirst()).contains("思明区政务服务中心", "在线", "0.1.0", "待更新", "2", "1", "缺纸",
                "id-reader: 正常; receipt-printer: 需处理 / 缺纸");
        assertThat(rows.get(2)).containsExactly(SILENT_ID, "集美区政务服务中心", "", "从未连接", "", "", "", "", "", "",
                "");
    }

    @Test
    void theBoardFiltersBySiteAndByGroup() {
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "");

        _get(TextField.class, spec -> spec.withLabel("按设置地点筛选")).setValue("湖里");

        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0).getFirst()).isEqualTo(OTHER_ID);
        _get(TextField.class, spec -> spec.withLabel("按设置地点筛选")).setValue("");
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theGroupFilterShowsTheGroupsTerminalsOnly() {
        String id = "sm-board-" + UUID.randomUUID().toString().substring(0, 8);
        registry.create(new NewTerminal(id, "曾厝垵便利店", "厦门市思明区曾厝垵 5 号", 24.43, 118.12, "SM-STORE"));
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "");

        @SuppressWarnings("unchecked")
        Select<String> group = _get(Select.class);
        group.setValue("SM-STORE");

        Grid<?> grid = _get(Grid.class);
        List<List<String>> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
        assertThat(rows).extracting(row -> row.get(2)).containsOnly("SM-STORE");
        assertThat(rows).extracting(row -> row.getFirst()).contains(id);
    }

    @Test
    void theBoardShowsWhichVersionATerminalCouldNotApplyAndWhy() {
        String current = catalog.current().contentHash();
        demoKiosk().post(TerminalApi.HEARTBEAT, ProtocolJson.mapper().writeValueAsString(new Heartbeat("0.1.0",
                "", List.of(), 0, Instant.now(), current + ": 存储空间不足", List.of())));

        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "");

        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(
                "待更新 – 未能应用 v" + catalog.current().version() + ": 存储空间不足");
    }

    @Test
    void aTerminalSilentLongerThanTheLimitIsOffline() {
        demoKiosk().post(TerminalApi.HEARTBEAT, ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT));
        assertThat(fleet.overview().getFirst().online()).isTrue();

        jdbc.sql("UPDATE terminal_status SET last_seen_at = ? WHERE terminal_id = ?")
                .params(Instant.now().minus(Duration.ofMinutes(4)).toString(), DEMO_ID).update();

        TerminalFleet.TerminalOverview demo = fleet.overview().getFirst();
        assertThat(demo.online()).isFalse();
        assertThat(demo.faults()).isEqualTo(1);
    }
}
