package cn.egovkiosk.kiosk.apply;

import cn.egovkiosk.kiosk.home.HomeView;
import cn.egovkiosk.kiosk.home.KioskLayout;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.identity.SessionEnd;
import cn.egovkiosk.kiosk.identity.ResidentSession.ConfirmedApplication;
import cn.egovkiosk.kiosk.receipt.ReceiptContent;
import cn.egovkiosk.kiosk.receipt.ReceiptService;
import cn.egovkiosk.kiosk.submission.Outbox;
import cn.egovkiosk.kiosk.submission.OutboxForwarder;
import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.kiosk.support.KioskTimers;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.kiosk.support.UiUpdates;
import cn.egovkiosk.kiosk.support.Voice;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * After confirmation: waits a few seconds for the server's tracking number, then prints the receipt, with the tracking
 * number or, when the server is unreachable, the promise that the stored application will be sent.
 */
@Route(value = "done", layout = KioskLayout.class)
public class DoneView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentSession session;
    private final Outbox outbox;
    private final OutboxForwarder forwarder;
    private final ReceiptService receipts;
    private final KioskTimers timers;
    private final KioskProperties properties;
    private final Paragraph status = new Paragraph();
    private final Div reference = new Div();
    private final Paragraph printStatus = new Paragraph();
    private Registration ackRegistration;
    private ScheduledFuture<?> ackTimeout;
    private ScheduledFuture<?> returnHome;
    private boolean resolved;

    public DoneView(ResidentSession session, Outbox outbox, OutboxForwarder forwarder, ReceiptService receipts,
            KioskTimers timers, KioskProperties properties) {
        this.session = session;
        this.outbox = outbox;
        this.forwarder = forwarder;
        this.receipts = receipts;
        this.timers = timers;
        this.properties = properties;
        setId("done");
        addClassName("kiosk-screen");
        status.setId("done-status");
        status.addClassName("instruction");
        reference.addClassName("reference");
        printStatus.setId("print-status");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (session.confirmed().isEmpty()) {
            event.forwardTo(HomeView.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ConfirmedApplication application = session.confirmed().orElse(null);
        if (application == null) {
            return;
        }
        resolved = false;
        removeAll();
        add(new H1(getTranslation("done.heading")), new Paragraph(Languages.itemName(application.item(), getLocale())),
                status, reference, printStatus);
        say("done.waiting");

        UI ui = event.getUI();
        var key = application.accepted().idempotencyKey();
        // subscribe before looking in the table, so an acknowledgement in between is not missed
        ackRegistration = forwarder.onAcknowledged(ack -> {
            if (ack.idempotencyKey().equals(key)) {
                UiUpdates.later(ui, () -> resolve(application, Optional.of(ack.trackingNumber())));
            }
        });
        outbox.trackingNumber(key).ifPresentOrElse(tracking -> resolve(application, Optional.of(tracking)),
                () -> ackTimeout = timers.after(properties.ackWait(),
                        () -> UiUpdates.later(ui, () -> resolve(application, outbox.trackingNumber(key)))));
        returnHome = timers.after(properties.doneReturnDelay(), () -> UiUpdates.later(ui, this::goHome));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWaiting();
        if (returnHome != null) {
            returnHome.cancel(false);
        }
    }

    private void resolve(ConfirmedApplication application, Optional<String> trackingNumber) {
        if (resolved || !isAttached()) {
            return;
        }
        resolved = true;
        stopWaiting();
        reference.removeAll();
        String localReference = application.accepted().localReference();
        if (trackingNumber.isPresent()) {
            say("done.acknowledged");
            reference.add(labelled("done.tracking-number", "tracking-number", trackingNumber.get()));
        } else {
            say("done.stored");
            reference.add(labelled("done.local-reference", "local-reference", localReference));
        }
        printStatus.setText(getTranslation("done.printing"));
        ReceiptContent content = new ReceiptContent(Languages.itemName(application.item(), getLocale()),
                application.maskedName(), application.maskedIdNumber(), application.accepted().confirmedAt(),
                trackingNumber, localReference);
        UI ui = getUI().orElseThrow();
        receipts.print(content, getLocale()).thenAccept(printed -> UiUpdates.later(ui,
                () -> printStatus.setText(getTranslation(printed ? "done.printed" : "done.not-printed"))));
        // only now: leaving earlier would leave the resident without a receipt
        Button finish = new Button(getTranslation("done.finish"), click -> goHome());
        finish.setId("finish-button");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.addClassName("big-button");
        add(finish);
    }

    private Div labelled(String labelKey, String valueId, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span shown = new Span(value);
        shown.setId(valueId);
        shown.addClassName("reference-number");
        return new Div(label, shown);
    }

    private void goHome() {
        getUI().ifPresent(ui -> SessionEnd.end(ui, session));
    }

    private void say(String key) {
        status.setText(getTranslation(key));
        if (session.elderlyMode()) {
            getUI().ifPresent(ui -> Voice.say(ui, getTranslation(key)));
        }
    }

    private void stopWaiting() {
        if (ackRegistration != null) {
            ackRegistration.remove();
            ackRegistration = null;
        }
        if (ackTimeout != null) {
            ackTimeout.cancel(false);
            ackTimeout = null;
        }
    }
}
