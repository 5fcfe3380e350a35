package cn.egovkiosk.kiosk.apply;

import cn.egovkiosk.kiosk.identity.ResidentSession.ConfirmedApplication;
import cn.egovkiosk.kiosk.outcome.DecisionPanel;
import cn.egovkiosk.kiosk.receipt.ReceiptContent;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.protocol.submission.InstantDecision;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.Optional;

/**
 * The done screen when the server's answer comes after it gave up waiting (the outbox delivered while the screen was
 * still open): the tracking number replaces the kiosk's local reference, which stays named because the receipt
 * already printed carries it; the 秒批 decision shows as on the online screen; a button prints a receipt with the
 * tracking number. Certificates are not printed unasked (the resident may have left): a note says where to print
 * them. Ids: {@code tracking-number}, {@code delivered-from}, {@code certificate-later}, {@code receipt-with-tracking}.
 */
final class LateDelivery {

    private final DoneView view;
    private final ConfirmedApplication application;
    private final SubmissionAck ack;
    private final Locale locale;

    LateDelivery(DoneView view, ConfirmedApplication application, SubmissionAck ack, Locale locale) {
        this.view = view;
        this.application = application;
        this.ack = ack;
        this.locale = locale;
    }

    /**
     * @param showedLocalReference the screen showed the local reference (stored offline), not yet the tracking number
     */
    void show(Div reference, Div decision, Button finish, boolean showedLocalReference) {
        String localReference = application.accepted().localReference();
        reference.removeAll();
        reference.add(view.labelled("done.tracking-number", "tracking-number", ack.trackingNumber()));
        if (showedLocalReference) {
            reference.add(notice("delivered-from", view.getTranslation("done.delivered-from", localReference)));
        }
        view.say(showedLocalReference ? "done.delivered" : "done.acknowledged");

        decision.removeAll();
        Optional<InstantDecision> instant = Optional.ofNullable(ack.decision());
        instant.ifPresent(found -> decision.add(new DecisionPanel(found, locale)));
        boolean certificateLater = !ack.certificates().isEmpty();
        if (certificateLater) {
            decision.add(notice("certificate-later", view.getTranslation("done.certificate-later-tracking")));
        }

        ReceiptContent receipt = new ReceiptContent(Languages.itemName(application.item(), locale),
                application.maskedName(), application.maskedIdNumber(), application.accepted().confirmedAt(),
                Optional.of(ack.trackingNumber()), localReference, instant, false, 0, certificateLater);
        Button print = new Button(view.getTranslation("done.print-with-tracking"), click -> view.printReceipt(receipt));
        print.setId("receipt-with-tracking");
        print.addClassName("big-button");
        view.addComponentAtIndex(view.indexOf(finish), print);
    }

    private static Paragraph notice(String id, String text) {
        Paragraph notice = new Paragraph(text);
        notice.setId(id);
        notice.addClassName("notice");
        return notice;
    }
}
