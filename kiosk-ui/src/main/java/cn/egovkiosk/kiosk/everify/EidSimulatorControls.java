package cn.egovkiosk.kiosk.everify;

import cn.egovkiosk.device.scanner.CodeScannerSimulator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.util.List;

/**
 * The demo panel's e-ID part: a resident holds the e-ID code of their phone in front of the simulated scanner. Fresh
 * codes for the demo residents, the last code once more (a replay), an expired one, an altered one, and the issuing
 * service going offline, so every answer of the verifier can be seen on the kiosk.
 */
public class EidSimulatorControls extends Div {

    private final SimulatedEidService service;
    private final CodeScannerSimulator scanner;
    private final Paragraph status = new Paragraph();
    private String lastCode;
    private boolean reachable = true;

    public EidSimulatorControls(SimulatedEidService service, CodeScannerSimulator scanner) {
        this.service = service;
        this.scanner = scanner;
        status.setId("sim-eid-status");
        Div buttons = new Div();
        buttons.addClassName("actions");
        List<EidHolder> holders = SimulatedEidService.demoHolders();
        for (int i = 0; i < holders.size(); i++) {
            EidHolder holder = holders.get(i);
            buttons.add(button("sim-eid-" + i, getTranslation("simulator.eid." + i), () -> show(service.issue(holder))));
        }
        buttons.add(button("sim-eid-again", getTranslation("simulator.eid-again"), () -> show(lastCode)),
                button("sim-eid-expired", getTranslation("simulator.eid-expired"),
                        () -> show(service.issueExpired(holders.getFirst()))),
                button("sim-eid-forged", getTranslation("simulator.eid-forged"),
                        () -> show(forged(service.issue(holders.getFirst())))),
                button("sim-eid-payment", getTranslation("simulator.eid-payment"),
                        () -> show("https://qr.alipay.com/fkx10000demo")),
                button("sim-eid-offline", getTranslation("simulator.eid-offline"), this::toggleService));
        add(new H2(getTranslation("simulator.eid")), buttons, status);
    }

    private void show(String code) {
        if (code == null) {
            status.setText(getTranslation("simulator.eid-none"));
            return;
        }
        try {
            scanner.show(code);
            lastCode = code;
            status.setText(getTranslation("simulator.eid-shown", code.length()));
        } catch (IOException e) {
            status.setText(getTranslation("simulator.eid-failed"));
        }
    }

    private void toggleService() {
        reachable = !reachable;
        service.reachable(reachable);
        status.setText(getTranslation(reachable ? "simulator.eid-service-up" : "simulator.eid-service-down"));
    }

    // one character of the signature changed: the shape is right, the signature is not
    static String forged(String code) {
        char last = code.charAt(code.length() - 2);
        return code.substring(0, code.length() - 2) + (last == 'A' ? 'B' : 'A') + code.charAt(code.length() - 1);
    }

    private static Button button(String id, String label, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.setId(id);
        return button;
    }
}
