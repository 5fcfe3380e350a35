package cn.egovkiosk.admin.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import cn.egovkiosk.protocol.config.TerminalConfiguration;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Group defaults, a terminal's own settings on top, the ETag cycle at the config endpoint, and the audit log. */
class DeviceConfigurationTest extends AdminServerTestSupport {

    @Autowired
    DeviceConfiguration configuration;
    @Autowired
    AuditLog audit;

    private static String newId() {
        return "sm-devices-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static TerminalConfiguration read(HttpResponse<String> response) {
        return TerminalClient.read(response, TerminalConfiguration.class);
    }

    @Test
    void aTerminalGetsItsGroupsDefaultsAndNotModifiedForTheSameETag() {
        TerminalClient kiosk = enrolledKiosk(newId(), "SM-STORE");

        HttpResponse<String> first = kiosk.get(TerminalApi.CONFIG);

        assertThat(first.statusCode()).isEqualTo(200);
        TerminalConfiguration config = read(first);
        assertThat(config.devices()).extracting(DeviceSetting::kind).containsExactly(DeviceKind.values());
        assertThat(config.devices().get(DeviceKind.RECEIPT_PRINTER.ordinal()).port()).startsWith("tcp://");
        assertThat(config.devices().get(DeviceKind.DOCUMENT_PRINTER.ordinal()).port()).isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + config.contentHash() + "\"");
        assertThat(kiosk.get(TerminalApi.CONFIG, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void aTerminalsOwnSettingWinsIsANewRevisionAndIsAudited() {
        String id = newId();
        TerminalClient kiosk = enrolledKiosk(id, "SM-COMMUNITY");
        HttpResponse<String> before = kiosk.get(TerminalApi.CONFIG);
        String oldEtag = before.headers().firstValue("ETag").orElseThrow();

        long revision = configuration.set(ConfigScope.terminal(id),
                new DeviceSetting(DeviceKind.RECEIPT_PRINTER, "/dev/ttyS3", 38400), "technician-li");

        HttpResponse<String> after = kiosk.get(TerminalApi.CONFIG, "If-None-Match", oldEtag);
        assertThat(after.statusCode()).isEqualTo(200);
        TerminalConfiguration config = read(after);
        assertThat(config.revision()).isEqualTo(revision).isGreaterThan(read(before).revision());
        assertThat(config.devices().get(DeviceKind.RECEIPT_PRINTER.ordinal()))
                .isEqualTo(new DeviceSetting(DeviceKind.RECEIPT_PRINTER, "/dev/ttyS3", 38400));
        assertThat(config.devices().get(DeviceKind.ID_CARD_READER.ordinal()).port()).isEqualTo("/dev/ttyUSB0");
        AuditLog.Entry entry = audit.latest(20).stream().filter(e -> e.subject().contains(id)).findFirst()
                .orElseThrow();
        assertThat(entry.actor()).isEqualTo("technician-li");
        assertThat(entry.action()).isEqualTo("device-config.set");
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).contains("/dev/ttyS3", "38400");

        configuration.set(ConfigScope.terminal(id), new DeviceSetting(DeviceKind.RECEIPT_PRINTER, "", 0), "admin");
        AuditLog.Entry second = audit.latest(20).stream().filter(e -> e.subject().contains(id)).findFirst()
                .orElseThrow();
        assertThat(second.before()).contains("/dev/ttyS3");
    }

    @Test
    void aConfiguredTerminalWithoutGroupHasNothingInstalledAndBadSettingsAreRefused() {
        TerminalConfiguration demo = read(demoKiosk().get(TerminalApi.CONFIG));

        assertThat(demo.terminalId()).isEqualTo(DEMO_ID);
        assertThat(demo.devices()).allSatisfy(device -> assertThat(device.port()).isEmpty());
        assertThatThrownBy(() -> configuration.set(ConfigScope.terminal(DEMO_ID),
                new DeviceSetting(DeviceKind.CODE_SCANNER, "; rm -rf /", 9600), "admin"))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> configuration.set(ConfigScope.terminal(DEMO_ID),
                new DeviceSetting(DeviceKind.CODE_SCANNER, "/dev/ttyACM0", -1), "admin"))
                .isInstanceOf(ApiProblem.class);
    }
}
