package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.simulator.PrintedReceipt;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.everify.EidSimulatorControls;
import cn.egovkiosk.kiosk.everify.SimulatedEidService;
import cn.egovkiosk.kiosk.support.UiUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The demo's device panel (simulated mode only; elsewhere the route does not exist): put a card on the simulated
 * reader, take it away, and read the receipts the simulated printer received. Open it in a second browser tab.
 */
@Route("simulator")
public class SimulatorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SimulatedDevices simulated;
    private final SimulatedEidService eidService;
    private final Paragraph cardStatus = new Paragraph();
    private final Div receipts = new Div();

    public SimulatorView(ObjectProvider<SimulatedDevices> simulated, ObjectProvider<SimulatedEidService> eidService) {
        this.simulated = simulated.getIfAvailable();
        this.eidService = eidService.getIfAvailable();
        setId("simulator");
        addClassName("simulator-panel");
        cardStatus.setId("sim-card-status");
        receipts.setId("sim-receipts");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("simulator.heading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (simulated == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (simulated == null) {
            return;
        }
        removeAll();
        add(new H1(getTranslation("simulator.heading")));
        simulated.reader().ifPresentOrElse(this::addReaderControls,
                () -> add(new Paragraph(getTranslation("simulator.reader-external"))));
        // the resident's phone in front of the simulated scanner (everify)
        simulated.scanner().filter(scanner -> eidService != null)
                .ifPresent(scanner -> add(new EidSimulatorControls(eidService, scanner)));
        add(new H2(getTranslation("simulator.receipts")), receipts);
        showReceipts();
        simulated.documentPrinter().ifPresentOrElse(a4 -> add(new DocumentPrinterControls(simulated, a4)),
                () -> add(new Paragraph(getTranslation("simulator.a4-external"))));
        UI ui = event.getUI();
        UiUpdates.whileAttached(this, simulated.onReceipt(receipt -> UiUpdates.later(ui, this::showReceipts)));
    }

    private void addReaderControls(SamReaderSimulator reader) {
        Div buttons = new Div();
        buttons.addClassName("actions");
        List<SimulatedCard> cards = SimulatedDevices.demoCards();
        for (int i = 0; i < cards.size(); i++) {
            SimulatedCard card = cards.get(i);
            Button present = new Button(getTranslation("simulator.card." + i), click -> {
                reader.present(card);
                showCardStatus(reader);
            });
            present.setId("sim-card-" + i);
            buttons.add(present);
        }
        Button remove = new Button(getTranslation("simulator.remove-card"), click -> {
            reader.remove();
            showCardStatus(reader);
        });
        remove.setId("sim-remove");
        buttons.add(remove);
        add(new H2(getTranslation("simulator.reader")), buttons, cardStatus);
        showCardStatus(reader);
    }

    private void showCardStatus(SamReaderSimulator reader) {
        cardStatus.setText(getTranslation(reader.cardInField() ? "simulator.card-in-field" : "simulator.no-card"));
    }

    private void showReceipts() {
        receipts.removeAll();
        List<PrintedReceipt> printed = simulated.receipts();
        if (printed.isEmpty()) {
            receipts.add(new Paragraph(getTranslation("simulator.no-receipts")));
        }
        // newest first: the one just printed is what the demo wants to see
        for (PrintedReceipt receipt : printed.reversed()) {
            Pre text = new Pre(String.join("\n", receipt.textLines()));
            Div qr = new Div(getTranslation("simulator.qr", String.join(" | ", receipt.qrPayloads())));
            qr.addClassName("sim-qr");
            Div one = new Div(text, qr);
            one.addClassName("sim-receipt");
            receipts.add(one);
        }
    }
}
