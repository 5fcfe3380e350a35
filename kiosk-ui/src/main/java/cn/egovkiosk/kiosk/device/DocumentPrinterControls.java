package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.simulator.DocumentPrinterSimulator;
import cn.egovkiosk.device.simulator.PrintedDocument;
import cn.egovkiosk.kiosk.support.UiUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;

/**
 * The simulator page's A4 printer: switch paper out and offline (what {@code cupsreject} or an empty tray do to a
 * real queue) and open the PDFs it printed. Ids {@code sim-a4-paper-out}, {@code sim-a4-offline},
 * {@code sim-a4-state}, {@code sim-a4-documents}.
 */
class DocumentPrinterControls extends Div {

    private final SimulatedDevices simulated;
    private final DocumentPrinterSimulator printer;
    private final Paragraph state = new Paragraph();
    private final UnorderedList documents = new UnorderedList();

    DocumentPrinterControls(SimulatedDevices simulated, DocumentPrinterSimulator printer) {
        this.simulated = simulated;
        this.printer = printer;
        addClassName("sim-a4");
        state.setId("sim-a4-state");
        documents.setId("sim-a4-documents");
        Button paperOut = new Button(getTranslation("simulator.a4-paper-out"), click -> {
            printer.paperOut(!printer.paperOut());
            showState();
        });
        paperOut.setId("sim-a4-paper-out");
        Button offline = new Button(getTranslation("simulator.a4-offline"), click -> {
            printer.offline(!printer.offline());
            showState();
        });
        offline.setId("sim-a4-offline");
        Div buttons = new Div(paperOut, offline);
        buttons.addClassName("actions");
        add(new H2(getTranslation("simulator.a4")), buttons, state,
                new Paragraph(getTranslation("simulator.a4-documents", printer.outputDir())), documents);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        showState();
        showDocuments();
        var ui = event.getUI();
        UiUpdates.whileAttached(this, simulated.onDocument(document -> UiUpdates.later(ui, this::showDocuments)));
    }

    private void showState() {
        state.setText(getTranslation("simulator.a4-state", printer.checkStatus().state() + " / "
                + printer.status().media()));
    }

    private void showDocuments() {
        documents.removeAll();
        List<PrintedDocument> printed = printer.printed();
        if (printed.isEmpty()) {
            documents.add(new ListItem(getTranslation("simulator.a4-none")));
        }
        // newest first, each one opens as the PDF the printer received
        for (PrintedDocument document : printed.reversed()) {
            Anchor open = new Anchor(DownloadHandler.forFile(document.file().toFile()),
                    document.file().getFileName() + " (" + document.pages() + ")");
            open.setTarget("_blank");
            documents.add(new ListItem(open));
        }
    }
}
