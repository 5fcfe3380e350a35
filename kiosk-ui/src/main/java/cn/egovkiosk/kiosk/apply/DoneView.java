package cn.egovkiosk.kiosk.apply;

import cn.egovkiosk.kiosk.certificate.CertificatePanel;
import cn.egovkiosk.kiosk.certificate.CertificatePrinting;
import cn.egovkiosk.kiosk.home.HomeView;
import cn.egovkiosk.kiosk.home.KioskLayout;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.identity.ResidentSession.ConfirmedApplication;
import cn.egovkiosk.kiosk.identity.SessionEnd;
import cn.egovkiosk.kiosk.outcome.Acknowledgements;
import cn.egovkiosk.kiosk.outcome.DecisionPanel;
import cn.egovkiosk.kiosk.receipt.ReceiptContent;
import cn.egovkiosk.kiosk.receipt.ReceiptService;
import cn.egovkiosk.kiosk.submission.Outbox;
import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.kiosk.support.KioskTimers;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.kiosk.support.UiUpdates;
import cn.egovkiosk.kiosk.support.Voice;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.submission.InstantDecision;
import cn.egovkiosk.protocol.submission.SubmissionAck;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * After confirmation: waits a few seconds for the server's answer, then shows the tracking number, the 秒批 decision
 * and prints the receipt with it, and prints the certificates the server issued on A4 after checking their signature.
 * When the server is unreachable the receipt carries the promise that the stored application will be sent, and the
 * resident is told that the decision and certificates come later through the progress query, where the kiosk's
 * local reference finds the application and the certificates can be printed. If the outbox delivers while this
 * screen is still open, the screen keeps listening for that one application's answer (matched on its idempotency
 * key, never on the resident) and switches to the tracking number and decision ({@link LateDelivery}).
 */
@Route(value = "done", layout = KioskLayout.class)
public class DoneView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentSession session;
    private final Outbox outbox;
    private final Acknowledgements acknowledgements;
    private final ReceiptService receipts;
    private final CertificatePrinting certificatePrinting;
    private final KioskTimers timers;
    private final KioskProperties properties;
    private final Paragraph status = new Paragraph();
    private final Div reference = new Div();
    private final Div decision = new Div();
    private final Paragraph printStatus = new Paragraph();
    private Registration ackRegistration;
    private ScheduledFuture<?> ackTimeout;
    private ScheduledFuture<?> returnHome;
    private CertificatePanel certificates;
    private Button finish;
    private boolean resolved;
    private boolean acknowledged;
    private boolean showsLocalReference;

    public DoneView(ResidentSession session, Outbox outbox, Acknowledgements acknowledgements,
            ReceiptService receipts, CertificatePrinting certificatePrinting, KioskTimers timers,
            KioskProperties properties) {
        this.session = session;
        this.outbox = outbox;
        this.acknowledgements = acknowledgements;
        this.receipts = receipts;
        this.certificatePrinting = certificatePrinting;
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
        acknowledged = false;
        certificates = null;
        removeAll();
        decision.removeAll();
        add(new H1(getTranslation("done.heading")), new Paragraph(Languages.itemName(application.item(), getLocale())),
                status, reference, decision, printStatus);
        say("done.waiting");

        UI ui = event.getUI();
        var key = application.accepted().idempotencyKey();
        ackRegistration = acknowledgements.await(key, ack -> UiUpdates.later(ui, () -> answered(application, ack)));
        ackTimeout = timers.after(properties.ackWait(), () -> UiUpdates.later(ui,
                () -> resolve(application, Optional.empty(), outbox.trackingNumber(key))));
        scheduleReturnHome(ui);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWaiting();
        if (returnHome != null) {
            returnHome.cancel(false);
        }
    }

    /** The server's answer, in time or after the screen gave up waiting (the outbox delivered it later). */
    private void answered(ConfirmedApplication application, SubmissionAck ack) {
        if (!isAttached() || acknowledged) {
            return;
        }
        if (!resolved) {
            resolve(application, Optional.of(ack), Optional.empty());
            return;
        }
        acknowledged = true;
        stopWaiting();
        new LateDelivery(this, application, ack, getLocale()).show(reference, decision, finish, showsLocalReference);
        showsLocalReference = false;
        // the resident gets the full time to read the new number
        scheduleReturnHome(getUI().orElseThrow());
    }

    /**
     * @param ack      the server's full answer, when it came in time
     * @param tracking the tracking number alone, when only the outbox knows it (the answer went elsewhere)
     */
    private void resolve(ConfirmedApplication application, Optional<SubmissionAck> ack, Optional<String> tracking) {
        if (resolved || !isAttached()) {
            return;
        }
        resolved = true;
        acknowledged = ack.isPresent();
        if (acknowledged) {
            stopWaiting();
        } else {
            // offline, or only the number is known: keep listening for this application's answer until detached
            cancelTimeout();
        }
        reference.removeAll();
        Optional<String> trackingNumber = ack.map(SubmissionAck::trackingNumber).or(() -> tracking);
        showsLocalReference = trackingNumber.isEmpty();
        String localReference = application.accepted().localReference();
        if (trackingNumber.isPresent()) {
            say("done.acknowledged");
            reference.add(labelled("done.tracking-number", "tracking-number", trackingNumber.get()));
        } else {
            say("done.stored");
            reference.add(labelled("done.local-reference", "local-reference", localReference));
        }
        Optional<InstantDecision> instant = ack.map(SubmissionAck::decision);
        boolean decisionLater = ack.isEmpty() && decidedByServer(application.item());
        instant.ifPresent(found -> decision.add(new DecisionPanel(found, getLocale())));
        if (decisionLater) {
            Paragraph later = new Paragraph(getTranslation("decision.later"));
            later.setId("decision-later");
            later.addClassName("notice");
            decision.add(later);
        }
        if (trackingNumber.isEmpty() && application.item().producesCertificate()) {
            // stored offline: the certificate is not lost, it waits for the resident at 进度查询 on this kiosk
            Paragraph printLater = new Paragraph(getTranslation("done.certificate-later"));
            printLater.setId("certificate-later");
            printLater.addClassName("notice");
            decision.add(printLater);
        }
        List<IssuedCertificate> issued = ack.map(SubmissionAck::certificates).orElse(List.of());
        printReceipt(new ReceiptContent(Languages.itemName(application.item(), getLocale()),
                application.maskedName(), application.maskedIdNumber(), application.accepted().confirmedAt(),
                trackingNumber, localReference, instant, decisionLater, issued.size(),
                trackingNumber.isEmpty() && application.item().producesCertificate()));
        UI ui = getUI().orElseThrow();
        if (!issued.isEmpty()) {
            certificates = new CertificatePanel(certificatePrinting, issued,
                    () -> scheduleReturnHome(ui));
            add(certificates);
            certificates.printAll(ui);
        }
        // only now: leaving earlier would leave the resident without a receipt
        finish = new Button(getTranslation("done.finish"), click -> goHome());
        finish.setId("finish-button");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.addClassName("big-button");
        add(finish);
    }

    // 秒批 and 免证办 items are decided, and certificates issued, by the server only
    private static boolean decidedByServer(CatalogItem item) {
        return item.flags().contains(ItemFlag.INSTANT_APPROVAL) || item.flags().contains(ItemFlag.NO_CERTIFICATE_NEEDED)
                || item.producesCertificate();
    }

    void printReceipt(ReceiptContent content) {
        printStatus.setText(getTranslation("done.printing"));
        UI ui = getUI().orElseThrow();
        receipts.print(content, getLocale()).thenAccept(printed -> UiUpdates.later(ui,
                () -> printStatus.setText(getTranslation(printed ? "done.printed" : "done.not-printed"))));
    }

    Div labelled(String labelKey, String valueId, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span shown = new Span(value);
        shown.setId(valueId);
        shown.addClassName("reference-number");
        return new Div(label, shown);
    }

    // a certificate still printing keeps the screen: restarted whenever a job starts or ends
    private void scheduleReturnHome(UI ui) {
        if (returnHome != null) {
            returnHome.cancel(false);
        }
        returnHome = timers.after(properties.doneReturnDelay(), () -> UiUpdates.later(ui, () -> {
            if (certificates != null && certificates.busy()) {
                scheduleReturnHome(ui);
            } else {
                goHome();
            }
        }));
    }

    private void goHome() {
        getUI().ifPresent(ui -> SessionEnd.end(ui, session));
    }

    void say(String key) {
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
        cancelTimeout();
    }

    private void cancelTimeout() {
        if (ackTimeout != null) {
            ackTimeout.cancel(false);
            ackTimeout = null;
        }
    }
}
