package cn.egovkiosk.kiosk.apply;

import cn.egovkiosk.kiosk.everify.EidPrompt;
import cn.egovkiosk.kiosk.form.FormView;
import cn.egovkiosk.kiosk.home.HomeView;
import cn.egovkiosk.kiosk.home.KioskLayout;
import cn.egovkiosk.kiosk.identity.CardEvent;
import cn.egovkiosk.kiosk.identity.CardWatcher;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.identity.VerifiedIdentity;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.kiosk.support.UiUpdates;
import cn.egovkiosk.kiosk.support.Voice;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * Asks for the ID card, shows who was read (masked) and lets the resident confirm or cancel. An ID number that fails
 * its check is refused with a clear message and nothing is submitted.
 */
@Route(value = "identify", layout = KioskLayout.class)
public class IdentifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String READ_FAILED = "identify.read-failed";

    private final ResidentSession session;
    private final CardWatcher watcher;
    private final EidPrompt eid;
    private final Paragraph status = new Paragraph();
    private final Div identity = new Div();
    private final Div actions = new Div();
    private String shownMessage;

    public IdentifyView(ResidentSession session, CardWatcher watcher, EidPrompt eid) {
        this.session = session;
        this.watcher = watcher;
        // the e-ID code on the resident's phone is the other way to identify (everify)
        this.eid = eid;
        eid.onOutcome(this::eidVerified, this::message);
        setId("identify");
        addClassName("kiosk-screen");
        status.setId("identify-status");
        status.addClassName("instruction");
        identity.addClassName("identity-card");
        actions.addClassName("actions");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (session.item().isEmpty()) {
            event.forwardTo(HomeView.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        CatalogItem item = session.item().orElse(null);
        if (item == null) {
            return;
        }
        removeAll();
        add(new H1(getTranslation("identify.heading")), new Paragraph(Languages.itemName(item, getLocale())), status,
                identity, eid, actions);
        UI ui = event.getUI();
        UiUpdates.whileAttached(this, watcher.subscribe(cardEvent -> UiUpdates.later(ui, () -> show(cardEvent))));
        // a card put down while this screen was opening was read already and waits to be claimed
        watcher.claim().map(VerifiedIdentity::fromCard).ifPresentOrElse(this::showIdentity, this::showPrompt);
    }

    private void showPrompt() {
        identity.removeAll();
        actions.removeAll();
        identity.add(cardPicture());
        if (!watcher.readerAvailable()) {
            message("identify.reader-unavailable", true);
        } else if (watcher.cardInField()) {
            message("identify.replace-card", false);
        } else {
            message("identify.prompt", false);
        }
        actions.add(cancelButton());
    }

    private void show(CardEvent event) {
        if (session.confirmed().isPresent()) {
            return;
        }
        switch (event) {
            case CardEvent.Read read -> watcher.claim().map(VerifiedIdentity::fromCard).ifPresent(this::showIdentity);
            case CardEvent.ReadFailed failed -> message(READ_FAILED, true);
            case CardEvent.ReaderUnavailable gone -> message("identify.reader-unavailable", true);
            case CardEvent.Removed removed -> {
                // only a failed read asks for the card to be taken away; a refusal or an identity stays shown
                if (READ_FAILED.equals(shownMessage)) {
                    showPrompt();
                }
            }
        }
    }

    private void eidVerified(VerifiedIdentity verified) {
        if (session.confirmed().isEmpty()) {
            showIdentity(verified);
        }
    }

    private void showIdentity(VerifiedIdentity read) {
        identity.removeAll();
        actions.removeAll();
        if (!read.idNumberValid()) {
            session.identified(null);
            message("identify.invalid-id-number", true);
            actions.add(cancelButton());
            return;
        }
        session.identified(read);
        message("identify.check", false);
        identity.add(read.electronic() ? field("identity.document", "identity-document", getTranslation("eid.document"))
                : photoPlaceholder(), field("identity.name", "identity-name", PersonalDataMask.name(read.name())),
                field("identity.id-number", "identity-id-number", PersonalDataMask.idNumber(read.idNumber())));
        Button confirm = new Button(getTranslation("identify.continue"), click -> confirm());
        confirm.setId("confirm-button");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("big-button");
        confirm.setDisableOnClick(true);
        actions.add(confirm, cancelButton());
    }

    // the identity is kept in the session for the whole application: the form is filled from it, then reviewed
    private void confirm() {
        if (session.item().isEmpty() || session.identity().isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(HomeView.class));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(FormView.class));
    }


    private Div field(String labelKey, String valueId, String value) {
        Div label = new Div(getTranslation(labelKey));
        label.addClassName("field-label");
        Div shown = new Div(value);
        shown.setId(valueId);
        shown.addClassName("field-value");
        Div field = new Div(label, shown);
        field.addClassName("field");
        return field;
    }

    // no WLT photo decoder ships (IdPhotoDecoder): the photo's place is kept, and the photo is never shown decoded
    private Div photoPlaceholder() {
        Div placeholder = new Div(getTranslation("identity.photo-placeholder"));
        placeholder.setId("identity-photo");
        placeholder.addClassName("photo-placeholder");
        return placeholder;
    }

    // a drawn card over the reader, decoration only: the instruction text says it in words
    private static Div cardPicture() {
        Div chip = new Div();
        chip.addClassName("card-chip");
        Div card = new Div(chip);
        card.addClassName("card-picture");
        card.getElement().setAttribute("aria-hidden", "true");
        return card;
    }

    private Button cancelButton() {
        Button cancel = new Button(getTranslation("identify.cancel"), click -> {
            session.cancelApplication();
            getUI().ifPresent(ui -> ui.navigate(HomeView.class));
        });
        cancel.setId("cancel-button");
        cancel.addClassName("big-button");
        return cancel;
    }

    private void message(String key, boolean problem) {
        shownMessage = key;
        status.setText(getTranslation(key));
        status.setClassName("problem", problem);
        if (session.elderlyMode()) {
            getUI().ifPresent(ui -> Voice.say(ui, getTranslation(key)));
        }
    }
}
