package cn.egovkiosk.kiosk.progress;

import cn.egovkiosk.kiosk.certificate.CertificatePrinting;
import cn.egovkiosk.kiosk.home.HomeView;
import cn.egovkiosk.kiosk.home.KioskLayout;
import cn.egovkiosk.kiosk.identity.CardEvent;
import cn.egovkiosk.kiosk.identity.CardWatcher;
import cn.egovkiosk.kiosk.identity.IdleTimeout;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.support.UiUpdates;
import cn.egovkiosk.kiosk.submission.Outbox;
import cn.egovkiosk.kiosk.support.Voice;
import cn.egovkiosk.protocol.progress.ProgressAnswer;
import cn.egovkiosk.protocol.progress.ProgressQuery;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import cn.egovkiosk.protocol.submission.TrackingNumber;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * 办件进度查询 at the kiosk, one step per screen: the tracking number (checked locally first), then the second factor
 * (the ID card again, or the last four characters of the ID number), then the answer. An unknown number and a wrong
 * factor get the same message. The factor lives only until the query is sent. After an offline submission the
 * resident has only the kiosk's local reference ({@code L-…}); this kiosk turns it into the tracking number once the
 * outbox delivered it. With the card as the factor, an approved application's certificates can be printed here.
 */
@Route(value = "progress", layout = KioskLayout.class)
public class ProgressView extends VerticalLayout implements HasDynamicTitle {

    private static final int LAST4 = 4;
    private static final String LOCAL_PREFIX = "L-";
    private static final Executor QUERIES = Executors.newVirtualThreadPerTaskExecutor();

    private final ProgressClient client;
    private final CardWatcher watcher;
    private final ResidentSession session;
    private final Clock clock;
    private final Outbox outbox;
    private final CertificatePrinting certificatePrinting;
    private final IdleTimeout idleTimeout;
    private final Paragraph message = new Paragraph();
    private final Div step = new Div();
    private final Span shown = new Span();
    private final StringBuilder typed = new StringBuilder(TrackingNumber.PREFIX);
    private String trackingNumber;
    private Registration cardRegistration;
    private boolean querying;
    private boolean byCard;

    public ProgressView(ProgressClient client, CardWatcher watcher, ResidentSession session, Clock clock,
            Outbox outbox, CertificatePrinting certificatePrinting, IdleTimeout idleTimeout) {
        this.client = client;
        this.watcher = watcher;
        this.session = session;
        this.clock = clock;
        this.outbox = outbox;
        this.certificatePrinting = certificatePrinting;
        this.idleTimeout = idleTimeout;
        setId("progress");
        addClassName("kiosk-screen");
        message.setId("progress-message");
        message.addClassName("instruction");
        message.getElement().setAttribute("aria-live", "polite");
        shown.addClassName("typed-value");
    }

    /** The home screen's way in. */
    public static Button entryButton() {
        Button entry = new Button();
        entry.setText(entry.getTranslation("progress.entry"));
        entry.setId("progress-entry");
        entry.addClassName("big-button");
        entry.addClickListener(click -> entry.getUI().ifPresent(ui -> ui.navigate(ProgressView.class)));
        return entry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.heading");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        removeAll();
        add(new H1(getTranslation("progress.heading")), message, step);
        askForNumber();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWatchingCards();
        typed.setLength(0);
        typed.append(TrackingNumber.PREFIX);
        trackingNumber = null;
    }

    private void askForNumber() {
        stopWatchingCards();
        trackingNumber = null;
        step.removeAll();
        say("progress.tracking-empty", false);
        Span label = new Span(getTranslation("progress.tracking-label"));
        label.addClassName("field-label");
        shown.setId("progress-tracking");
        showTyped();
        Button next = primary("progress-next", "progress.query", this::checkNumber);
        // the receipt of an offline submission carries the kiosk's own reference instead
        Button local = new Button(getTranslation("progress.use-local"), click -> {
            typed.setLength(0);
            typed.append(LOCAL_PREFIX);
            showTyped();
        });
        local.setId("progress-use-local");
        local.addClassName("big-button");
        step.add(label, shown, pad("progress-key", CharacterPad.DIGITS_AND_LETTERS, Integer.MAX_VALUE), next, local,
                backHome());
    }

    private void checkNumber() {
        if (typed.toString().startsWith("L")) {
            checkLocalReference(typed.toString());
            return;
        }
        TrackingNumber.parse(typed.toString()).ifPresentOrElse(this::askForFactor,
                () -> say("progress.bad-number", true));
    }

    private void checkLocalReference(String reference) {
        Optional<UUID> key = outbox.keyOfLocalReference(reference);
        Optional<String> tracking = key.flatMap(outbox::trackingNumber);
        if (tracking.isPresent()) {
            askForFactor(tracking.get());
            Span found = new Span(getTranslation("progress.local-found", tracking.get()));
            found.setId("progress-found-number");
            found.addClassName("field-value");
            step.addComponentAsFirst(found);
        } else {
            say(key.isPresent() ? "progress.local-pending" : "progress.bad-local", true);
        }
    }

    private void askForFactor(String number) {
        trackingNumber = number;
        step.removeAll();
        say(watcher.readerAvailable() ? "progress.factor-prompt" : "progress.reader-unavailable", false);
        Button useLast4 = primary("progress-use-last4", "progress.use-last4", this::askForLast4);
        step.add(useLast4, backHome());
        UI ui = getUI().orElseThrow();
        cardRegistration = watcher.subscribe(card -> UiUpdates.later(ui, () -> cardEvent(card)));
        // a card put down while the screen changed was read already and waits to be claimed
        watcher.claim().ifPresent(identity -> query(new ProgressQuery(number, identity.idNumber(), "")));
    }

    private void cardEvent(CardEvent event) {
        if (trackingNumber == null || querying) {
            return;
        }
        if (event instanceof CardEvent.Read) {
            watcher.claim().ifPresent(identity -> query(new ProgressQuery(trackingNumber, identity.idNumber(), "")));
        } else if (event instanceof CardEvent.ReadFailed) {
            say("identify.read-failed", true);
        }
    }

    private void askForLast4() {
        stopWatchingCards();
        step.removeAll();
        typed.setLength(0);
        say("progress.last4-label", false);
        shown.setId("progress-last4");
        showTyped();
        step.add(shown, pad("progress-id-key", CharacterPad.DIGITS + "X", LAST4),
                primary("progress-query", "progress.query", this::queryWithLast4), backHome());
    }

    private void queryWithLast4() {
        if (typed.length() != LAST4) {
            say("progress.bad-last4", true);
            return;
        }
        String last4 = typed.toString();
        typed.setLength(0);
        showTyped();
        query(new ProgressQuery(trackingNumber, "", last4));
    }

    private void query(ProgressQuery query) {
        if (querying) {
            return;
        }
        querying = true;
        byCard = !query.idNumber().isBlank();
        stopWatchingCards();
        say("progress.querying", false);
        UI ui = getUI().orElseThrow();
        CompletableFuture.supplyAsync(() -> client.ask(query), QUERIES)
                .exceptionally(failure -> new ProgressClient.Result.Failed())
                .thenAccept(result -> UiUpdates.later(ui, () -> show(result)));
    }

    private void show(ProgressClient.Result result) {
        querying = false;
        if (!isAttached()) {
            return;
        }
        step.removeAll();
        switch (result) {
            case ProgressClient.Result.Found found -> {
                say("progress.heading", false);
                message.setText("");
                step.add(new ProgressAnswerPanel(found.answer(), getLocale(), clock.getZone()));
                offerCertificates(found.answer());
            }
            case ProgressClient.Result.NotFound notFound -> say("progress.not-found", true);
            case ProgressClient.Result.Offline offline -> say("progress.offline", true);
            case ProgressClient.Result.Failed failed -> say("progress.failed", true);
        }
        trackingNumber = null;
        typed.setLength(0);
        typed.append(TrackingNumber.PREFIX);
        step.add(primary("progress-again", "progress.again", this::askForNumber), backHome());
    }

    // only for the card as factor (the server sends none otherwise) and an approved application
    private void offerCertificates(ProgressAnswer answer) {
        boolean approved = answer.status() == SubmissionStatus.APPROVED
                || answer.status() == SubmissionStatus.COMPLETED;
        if (byCard && approved && !answer.certificates().isEmpty()) {
            step.add(new LaterCertificates(certificatePrinting, answer.certificates(), idleTimeout::touch));
        }
    }

    // the keys type into the one value this step asks for
    private CharacterPad pad(String prefix, String characters, int maxLength) {
        return CharacterPad.typingInto(prefix, characters, typed, maxLength, this::showTyped);
    }

    private void showTyped() {
        shown.setText(typed.isEmpty() ? "—" : typed.toString());
    }

    private Button primary(String id, String textKey, Runnable action) {
        Button button = new Button(getTranslation(textKey), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("big-button");
        return button;
    }

    private Button backHome() {
        Button back = new Button(getTranslation("progress.back"),
                click -> getUI().ifPresent(ui -> ui.navigate(HomeView.class)));
        back.setId("progress-back");
        back.addClassName("big-button");
        return back;
    }

    private void say(String key, boolean problem) {
        message.setText(getTranslation(key));
        message.setClassName("problem", problem);
        if (session.elderlyMode()) {
            getUI().ifPresent(ui -> Voice.say(ui, getTranslation(key)));
        }
    }

    private void stopWatchingCards() {
        if (cardRegistration != null) {
            cardRegistration.remove();
            cardRegistration = null;
        }
    }
}
