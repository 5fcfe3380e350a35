package cn.egovkiosk.admin.terminal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.TerminalApi;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class TerminalsViewTest extends AdminServerTestSupport {

    @Autowired
    ApplicationContext context;

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
        assertThat(rows).extracting(row -> row.getFirst()).containsExactly(DEMO_ID, OTHER_ID, SILENT_ID);
        assertThat(rows.getFirst()).contains("思明区政务服务中心", "0.1.0", "待更新", "2",
                "id-reader: 正常; receipt-printer: 需处理 / 缺纸");
        assertThat(rows.getLast()).containsExactly(SILENT_ID, "集美区政务服务中心", "从未连接", "", "", "", "");
    }
}
