package cn.egovkiosk.admin.terminal;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.CatalogRelease;
import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.catalog.ReleaseTarget;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Releases to a group and to one terminal, rollback, adoption as terminals report it, and the publishing page.
 * Publishes, so it has a context of its own.
 */
@DirtiesContext
class CatalogTargetingTest extends AdminServerTestSupport {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    @Test
    void thePublishingPageReleasesToAGroupAndShowsAdoption() {
        editAnItem("（页面发布）");
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "publishing");

        @SuppressWarnings("unchecked")
        Select<ReleaseTarget.Kind> kind = _get(Select.class, spec -> spec.withId("publish-kind"));
        // Karibu's _setValue does not fit Vaadin 25.2's field internals; the server-side setter is what a user sets
        kind.setValue(ReleaseTarget.Kind.GROUP);
        _get(TextField.class, spec -> spec.withLabel("分组编码或终端编号")).setValue("SM-STORE");
        _click(_get(Button.class, spec -> spec.withText("发布当前事项")));

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("releases"));
        List<String> newest = GridKt._getFormattedRow(grid, 0);
        assertThat(newest).contains("终端分组 SM-STORE", "admin", "生效中");
        assertThat(catalog.releases().getFirst().target()).isEqualTo(ReleaseTarget.group("SM-STORE"));
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)))
                .anySatisfy(row -> assertThat(row).contains("全部终端 "));
    }

    @Autowired
    PublishedCatalog catalog;
    @Autowired
    TerminalRegistry registry;
    @Autowired
    TerminalFleet fleet;
    @Autowired
    JdbcClient jdbc;

    private TerminalClient enrolled(String id, String group) {
        return enrolledKiosk(id, group);
    }

    private static CatalogSnapshot catalogOf(TerminalClient kiosk) {
        return TerminalClient.read(kiosk.get(TerminalApi.CATALOG), CatalogSnapshot.class);
    }

    private void editAnItem(String mark) {
        jdbc.sql("UPDATE catalog_item SET name = name || ? WHERE display_order = 30").param(mark).update();
    }

    @Test
    void aGroupReleaseReachesTheGroupOnlyAndARollbackReturnsIt() {
        TerminalClient community = enrolled("sm-targeting-c1", "SM-COMMUNITY");
        TerminalClient store = enrolled("sm-targeting-s1", "SM-STORE");
        // other tests of this class may have released to groups before: compare with what each had
        CatalogSnapshot communityBefore = catalogOf(community);
        CatalogSnapshot storeBefore = catalogOf(store);
        CatalogSnapshot forAll = catalog.current();
        editAnItem("（社区试点）");

        CatalogSnapshot piloted = catalog.publish(ReleaseTarget.group("SM-COMMUNITY"), "catalog-editor");

        assertThat(piloted.version()).isGreaterThan(forAll.version());
        assertThat(catalogOf(community)).isEqualTo(piloted);
        assertThat(catalogOf(store)).isEqualTo(storeBefore);
        assertThat(catalogOf(demoKiosk())).isEqualTo(forAll);
        HeartbeatAck ack = TerminalClient.read(community.post(TerminalApi.HEARTBEAT,
                ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT)), HeartbeatAck.class);
        assertThat(ack.catalogContentHash()).isEqualTo(piloted.contentHash());
        assertThat(ack.catalogChanged()).isTrue();

        CatalogRelease release = catalog.releases().getFirst();
        assertThat(release.target()).isEqualTo(ReleaseTarget.group("SM-COMMUNITY"));
        assertThat(catalog.rollBack(release.id(), "admin")).isTrue();

        assertThat(catalogOf(community)).isEqualTo(communityBefore);
        assertThat(catalog.rollBack(release.id(), "admin")).as("twice").isFalse();
    }

    @Test
    void aTerminalReleaseWinsOverItsGroupAndTheLastReleaseForAllCannotBeRolledBack() {
        TerminalClient one = enrolled("sm-targeting-t1", "SM-CENTRE");
        TerminalClient other = enrolled("sm-targeting-t2", "SM-CENTRE");
        editAnItem("（单机）");
        CatalogSnapshot single = catalog.publish(ReleaseTarget.terminal("sm-targeting-t1"), "technician");
        editAnItem("（中心）");
        CatalogSnapshot group = catalog.publish(ReleaseTarget.group("SM-CENTRE"), "catalog-editor");

        assertThat(catalogOf(one)).isEqualTo(single);
        assertThat(catalogOf(other)).isEqualTo(group);
        CatalogRelease forAll = catalog.releases().stream()
                .filter(r -> r.active() && r.target().equals(ReleaseTarget.ALL)).findFirst().orElseThrow();
        assertThat(catalog.rollBack(forAll.id(), "admin")).isFalse();
    }

    @Test
    void adoptionCountsTheTerminalsThatReportAVersion() {
        TerminalClient kiosk = enrolled("sm-targeting-a1", "SM-STORE");
        CatalogSnapshot served = catalogOf(kiosk);
        String heartbeat = ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT)
                .replaceFirst("\"catalogContentHash\"\\s*:\\s*\"[0-9a-f]*\"",
                        "\"catalogContentHash\": \"" + served.contentHash() + "\"");
        long before = fleet.adoption().getOrDefault(served.version(), 0L);

        HeartbeatAck ack = TerminalClient.read(kiosk.post(TerminalApi.HEARTBEAT, heartbeat), HeartbeatAck.class);

        assertThat(ack.catalogChanged()).isFalse();
        assertThat(fleet.adoption()).containsEntry(served.version(), before + 1);
        assertThat(fleet.overview()).filteredOn(row -> row.id().equals("sm-targeting-a1"))
                .singleElement().extracting(TerminalFleet.TerminalOverview::catalogCurrent).isEqualTo(true);
    }
}
