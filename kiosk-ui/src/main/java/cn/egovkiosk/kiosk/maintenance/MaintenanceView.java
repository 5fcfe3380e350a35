package cn.egovkiosk.kiosk.maintenance;

import cn.egovkiosk.device.receipt.EscPosReceipt;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.kiosk.device.DeviceHealth;
import cn.egovkiosk.kiosk.device.KioskDevices;
import cn.egovkiosk.kiosk.identity.CardEvent;
import cn.egovkiosk.kiosk.identity.CardWatcher;
import cn.egovkiosk.kiosk.support.UiUpdates;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.util.Map;

/**
 * Maintenance mode for the technician on site, behind the PIN: device status, a test card read (the name shown masked),
 * a test receipt, a test scan, the device ports and enrollment. Locked again whenever the screen is left.
 */
@Route("maintenance")
public class MaintenanceView extends VerticalLayout implements HasDynamicTitle {

    private final MaintenanceAccess access;
    private final DeviceHealth health;
    private final KioskDevices devices;
    private final CardWatcher cards;
    private final MaintenanceTools tools;
    private final PinPad pinPad;
    private final Div statuses = new Div();
    private final Paragraph result = new Paragraph();
    private Registration testRead;
    private Registration testScan;

    public MaintenanceView(MaintenanceAccess access, DeviceHealth health, KioskDevices devices, CardWatcher cards,
            MaintenanceTools tools) {
        this.access = access;
        this.tools = tools;
        this.health = health;
        this.devices = devices;
        this.cards = cards;
        this.pinPad = new PinPad(this::unlock);
        setId("maintenance");
        addClassName("kiosk-screen");
        addClassName("maintenance");
        statuses.setId("device-statuses");
        result.setId("test-result");
        result.getElement().setAttribute("role", "status");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("maintenance.heading");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        removeAll();
        add(new H1(getTranslation("maintenance.heading")), pinPad);
        pinPad.show();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopTestRead();
        stopTestScan();
    }

    private void unlock(char[] pin) {
        switch (access.check(pin)) {
            case GRANTED -> showTools();
            case REFUSED -> pinPad.problem(getTranslation("maintenance.pin-wrong"));
            case LOCKED -> pinPad.problem(getTranslation("maintenance.pin-locked"));
        }
    }

    private void showTools() {
        removeAll();
        Button refresh = button("refresh-status", "maintenance.refresh", this::showStatuses);
        Button read = button("test-read", "maintenance.test-read", this::startTestRead);
        Button print = button("test-print", "maintenance.test-print", this::testPrint);
        Button scan = button("test-scan", "maintenance.test-scan", this::startTestScan);
        Button exit = button("maintenance-exit", "maintenance.exit",
                () -> getUI().ifPresent(ui -> ui.navigate("")));
        Div actions = new Div(refresh, read, print, scan, exit);
        actions.addClassName("actions");
        MaintenanceKeyboard keys = new MaintenanceKeyboard();
        add(new H1(getTranslation("maintenance.heading")), statuses, actions, result,
                new PortSettingsPanel(tools.ports(), this::showStatuses, keys),
                new EnrollmentPanel(tools.enrollment(), tools.credentials(), keys), keys);
        showStatuses();
    }

    private void showStatuses() {
        statuses.removeAll();
        Map<DeviceKind, DeviceStatus> now = health.refresh();
        for (DeviceKind kind : DeviceKind.values()) {
            DeviceStatus status = now.get(kind);
            String state = status == null ? getTranslation("maintenance.no-driver")
                    : getTranslation("maintenance.state", status.state().name(), status.media().name(),
                            status.detail().isBlank() ? "-" : status.detail());
            Paragraph line = new Paragraph(getTranslation("device." + kind.name()) + "：" + state);
            line.setId("device-status-" + kind.name());
            statuses.add(line);
        }
    }

    private void startTestRead() {
        stopTestRead();
        result.setText(getTranslation("maintenance.read-waiting"));
        UI ui = getUI().orElseThrow();
        testRead = cards.subscribe(event -> UiUpdates.later(ui, () -> {
            if (event instanceof CardEvent.Read) {
                cards.claim().ifPresent(identity -> result.setText(getTranslation("maintenance.read-ok",
                        PersonalDataMask.name(identity.name()), identity.idNumberValid()
                                ? getTranslation("maintenance.check-ok") : getTranslation("maintenance.check-bad"))));
                stopTestRead();
            } else if (event instanceof CardEvent.ReadFailed failed) {
                result.setText(getTranslation("maintenance.read-failed", failed.statusCode()));
            }
        }));
    }

    private void stopTestRead() {
        if (testRead != null) {
            testRead.remove();
            testRead = null;
        }
    }

    // the code itself is not shown: it may be a resident's identity token; its length and shape tell enough
    private void startTestScan() {
        stopTestScan();
        if (!tools.codes().scannerAvailable()) {
            result.setText(getTranslation("maintenance.scan-unavailable"));
            return;
        }
        result.setText(getTranslation("maintenance.scan-waiting"));
        UI ui = getUI().orElseThrow();
        testScan = tools.codes().subscribe(code -> UiUpdates.later(ui, () -> {
            result.setText(getTranslation("maintenance.scan-ok", code.length(), getTranslation(
                    code.startsWith("EID") ? "maintenance.scan-eid" : "maintenance.scan-other")));
            stopTestScan();
        }));
    }

    private void stopTestScan() {
        if (testScan != null) {
            testScan.remove();
            testScan = null;
        }
    }

    private void testPrint() {
        result.setText(getTranslation("maintenance.printing"));
        UI ui = getUI().orElseThrow();
        EscPosReceipt receipt = EscPosReceipt.builder().line(getTranslation("maintenance.test-receipt"))
                .qr("TEST").feed(2).cut().build();
        devices.print(receipt).thenAccept(printed -> UiUpdates.later(ui, () -> {
            result.setText(getTranslation(printed ? "maintenance.print-ok" : "maintenance.print-failed"));
            showStatuses();
        }));
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addClassName("big-button");
        return button;
    }
}
