package cn.egovkiosk.kiosk.apply;

import cn.egovkiosk.kiosk.home.KioskLayout;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.kiosk.support.Voice;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.DataSource;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * Separate consent (个人信息保护法) before an item that fetches shared data: which records, from whom, for what, in
 * plain words. Agreeing submits with exactly these sources; declining submits nothing and says where else to go.
 */
@Route(value = "consent", layout = KioskLayout.class)
public class ConsentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentSession session;
    private final ApplicationSubmitter submitter;
    private final Paragraph status = new Paragraph();
    private final Div actions = new Div();

    public ConsentView(ResidentSession session, ApplicationSubmitter submitter) {
        this.session = session;
        this.submitter = submitter;
        setId("consent");
        addClassName("kiosk-screen");
        status.setId("consent-status");
        status.addClassName("instruction");
        actions.addClassName("actions");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (ApplicationSteps.requireItemAndIdentity(event, session)
                && session.item().get().dataSources().isEmpty()) {
            event.forwardTo(ReviewView.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        CatalogItem item = session.item().orElse(null);
        if (item == null) {
            return;
        }
        removeAll();
        String name = Languages.itemName(item, getLocale());
        UnorderedList sources = new UnorderedList();
        sources.setId("consent-sources");
        for (DataSource source : item.dataSources()) {
            ListItem entry = new ListItem(getTranslation("consent.source." + source.name()));
            entry.setId("consent-source-" + source.name());
            sources.add(entry);
        }
        Paragraph purpose = new Paragraph(getTranslation("consent.purpose", name));
        purpose.setId("consent-purpose");
        Paragraph choice = new Paragraph(getTranslation("consent.choice"));
        add(new H1(getTranslation("consent.heading")), new Paragraph(getTranslation("consent.intro", name)), sources,
                purpose, choice, status, actions);
        showChoice();
        if (session.elderlyMode()) {
            Voice.say(event.getUI(), getTranslation("consent.intro", name) + " " + getTranslation("consent.choice"));
        }
    }

    private void showChoice() {
        actions.removeAll();
        Button agree = new Button(getTranslation("consent.agree"));
        agree.addClickListener(click -> agree(agree));
        agree.setId("consent-agree");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        agree.addClassName("big-button");
        agree.setDisableOnClick(true);
        Button decline = new Button(getTranslation("consent.decline"), click -> decline());
        decline.setId("consent-decline");
        decline.addClassName("big-button");
        actions.add(agree, decline);
    }

    private void agree(Button agree) {
        CatalogItem item = session.item().orElseThrow();
        if (submitter.submit(session, submitter.consentFor(item))) {
            getUI().ifPresent(ui -> ui.navigate(DoneView.class));
        } else {
            status.setText(getTranslation("identify.store-failed"));
            status.addClassName("problem");
            agree.setEnabled(true);
        }
    }

    // no consent, no submission: the application is dropped and the resident told where it can still be done
    private void decline() {
        session.cancelApplication();
        actions.removeAll();
        status.setId("consent-declined");
        status.setText(getTranslation("consent.declined"));
        status.removeClassName("problem");
        Button home = new Button(getTranslation("consent.home"), click -> getUI().ifPresent(ui -> ui.navigate("")));
        home.setId("consent-home");
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        home.addClassName("big-button");
        actions.add(home);
        if (session.elderlyMode()) {
            getUI().ifPresent(ui -> Voice.say(ui, getTranslation("consent.declined")));
        }
    }
}
