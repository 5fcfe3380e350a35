package cn.egovkiosk.kiosk.guide;

import cn.egovkiosk.device.document.ServiceGuideContent;
import cn.egovkiosk.kiosk.print.DocumentPrinting;
import cn.egovkiosk.kiosk.print.PrintOutcome;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.kiosk.support.UiUpdates;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.ServiceGuide;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.concurrent.CompletableFuture;

/**
 * Prints an item's service guide on A4 (device-drivers' 办事指南 template) and tells the resident how it went, in
 * plain words. The guide holds no personal data; the job title is the item code.
 */
@org.springframework.stereotype.Component
public class GuidePrinter {

    private final DocumentPrinting printing;

    GuidePrinter(DocumentPrinting printing) {
        this.printing = printing;
    }

    /** The guide as the A4 template lays it out, in the words of the screen. */
    static ServiceGuideContent content(CatalogItem item, GuideText text, java.util.Locale locale) {
        ServiceGuide guide = item.guide();
        return new ServiceGuideContent(Languages.itemName(item, locale), Languages.department(item, locale),
                GuideText.points(guide.acceptanceConditions()),
                guide.materials().stream().map(text::printedMaterial).toList(), text.timeLimit(guide),
                text.fees(guide), text.place(guide) + " " + text.hours(guide), "事项编码 " + item.code());
    }

    /** Makes and prints the PDF off the UI thread; {@code status} and {@code button} follow the job. */
    CompletableFuture<PrintOutcome> print(Component screen, CatalogItem item, GuideText text, Paragraph status,
            Button button) {
        UI ui = screen.getUI().orElseThrow();
        status.setText(screen.getTranslation("guide.printing"));
        ServiceGuideContent content = content(item, text, ui.getLocale());
        var templates = printing.templates(ui.getLocale());
        return CompletableFuture.supplyAsync(() -> templates.serviceGuide(content))
                .thenCompose(pdf -> printing.print(pdf, "guide " + item.code()))
                .exceptionally(failure -> PrintOutcome.FAULT)
                .whenComplete((outcome, ignored) -> UiUpdates.later(ui, () -> {
                    status.setText(screen.getTranslation(outcome.printed() ? "guide.printed"
                            : outcome.messageKey()));
                    status.setClassName("problem", !outcome.printed());
                    button.setEnabled(true);
                }));
    }
}
