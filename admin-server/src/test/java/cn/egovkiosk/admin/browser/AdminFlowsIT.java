package cn.egovkiosk.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.editor.CatalogEditing;
import cn.egovkiosk.admin.catalog.lifeevent.PackageEdit;
import cn.egovkiosk.admin.catalog.lifeevent.PackageEditing;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrators' flows in headless Chromium against the whole server: log in, create an item in the draft,
 * rename a 一件事 package, register a terminal and read its enrollment code, publish the draft to the terminal's group, enroll a kiosk with
 * the code over real HTTP (its catalog has the item and the renamed package), see it online on the fleet board after its heartbeat, change its device configuration
 * and see the config endpoint answer the new content with a new ETag; log out.
 */
class AdminFlowsIT extends AdminBrowserTest {

    @Autowired
    CatalogEditing editing;
    @Autowired
    PackageEditing packages;

    AdminFlowsIT() {
        super("admin-browser");
    }

    @Test
    void anAdministratorPublishesEnrollsWatchesAndConfiguresAKiosk() throws Exception {
        screenshotOnFailure(this::flow);
    }

    private void flow() throws Exception {
        String itemCode = editing.departments().getFirst().creditCode()
                + String.format("%013d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        String terminalId = "sm-browser-" + ThreadLocalRandom.current().nextInt(1000, 10000);

        browser.open(url("publishing"));
        browser.await(By.cssSelector("#vaadinLoginUsername input")).sendKeys("admin", Keys.ENTER);
        browser.await(By.cssSelector("#vaadinLoginPassword input")).sendKeys("admin-change-me", Keys.ENTER);
        browser.await(By.id("publish"));
        assertThat(browser.awaitText(By.id("current-user"))).isEqualTo("admin");
        browser.screenshot("01-publishing-after-login");

        browser.click("nav-catalog");
        browser.click("item-new");
        browser.type("item-code", itemCode);
        browser.type("item-name", "浏览器测试事项");
        browser.type("item-name-en", "Browser test item");
        browser.screenshot("02-new-item");
        browser.click("item-save");
        browser.type("catalog-filter", itemCode); // the list is long: rows out of sight are not rendered
        browser.awaitGridCell("catalog-items", itemCode);
        assertThat(browser.awaitText(By.id("draft-state"))).isEqualTo("草稿有未发布的修改");

        PackageEdit pack = packages.packages("", "MARRIAGE").getFirst();
        String renamed = pack.name() + "（浏览器修订）";
        browser.click("nav-packages");
        browser.type("packages-filter", pack.code());
        browser.cellShowing("packages", pack.code(), 8).click(); // filtered: two rows of four cells at most
        browser.type("package-name", renamed);
        browser.screenshot("02b-package-form");
        browser.click("package-save");
        browser.awaitGridCell("packages", renamed);
        browser.screenshot("02c-package-renamed");

        browser.click("nav-registry");
        browser.type("terminal-id", terminalId);
        browser.type("terminal-site", "筼筜街道社区服务站");
        browser.type("terminal-address", "厦门市思明区湖滨南路 2 号");
        browser.click("terminal-create");
        browser.awaitText(By.id("enrollment-code"));
        String code = browser.await(By.id("enrollment-code")).getAttribute("data-code");
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        browser.screenshot("03-enrollment-code");

        browser.click("nav-publishing");
        browser.choose("publish-kind", "终端分组");
        browser.type("publish-value", "SM-CENTRE");
        browser.click("publish");
        browser.awaitGridCell("releases", "终端分组 SM-CENTRE");
        browser.screenshot("04-published-to-group");

        TerminalCredentialGrant grant = TerminalClient.read(withAuthorization(null).post(TerminalApi.ENROLL,
                "{\"enrollmentCode\":\"" + code + "\"}"), TerminalCredentialGrant.class);
        assertThat(grant.terminalId()).isEqualTo(terminalId);
        TerminalClient kiosk = TerminalClient.bearer(port, grant.credential());
        CatalogSnapshot catalog = TerminalClient.read(kiosk.get(TerminalApi.CATALOG), CatalogSnapshot.class);
        assertThat(catalog.items()).anyMatch(item -> item.code().equals(itemCode));
        assertThat(catalog.packages()).anyMatch(p -> p.code().equals(pack.code()) && p.name().equals(renamed));
        HeartbeatAck ack = TerminalClient.read(kiosk.post(TerminalApi.HEARTBEAT, ProtocolJson.mapper()
                .writeValueAsString(new Heartbeat("0.1.0", catalog.contentHash(), List.of(), 0, Instant.now()))),
                HeartbeatAck.class);
        assertThat(ack.catalogChanged()).isFalse();

        browser.click("nav-home");
        browser.awaitGridCell("fleet-board", terminalId);
        List<String> cells = browser.gridCells("fleet-board");
        List<String> row = cells.subList(cells.indexOf(terminalId), cells.indexOf(terminalId) + 7);
        assertThat(row).contains("在线", "SM-CENTRE", "v" + catalog.version() + " 最新");
        browser.screenshot("05-fleet-board-online");

        HttpResponse<String> before = kiosk.get(TerminalApi.CONFIG);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        browser.click("nav-devices");
        browser.choose("devices-scope", "单台终端");
        browser.type("devices-scope-value", terminalId);
        browser.type("devices-port", "tcp://10.1.2.3:9100");
        browser.type("devices-baud", "0");
        browser.click("devices-save");
        browser.awaitGridCell("device-settings", "tcp://10.1.2.3:9100");
        browser.screenshot("06-device-configuration");

        HttpResponse<String> after = kiosk.get(TerminalApi.CONFIG, "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(after.body()).contains("tcp://10.1.2.3:9100");
        assertThat(kiosk.get(TerminalApi.CONFIG, "If-None-Match", after.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(304);

        browser.click("logout");
        browser.await(By.id("vaadinLoginUsername"));
        browser.open(url("devices"));
        browser.await(By.id("vaadinLoginUsername"));
        assertThat(browser.currentUrl()).endsWith("/login");
    }
}
