package cn.egovkiosk.kiosk.apply;

import cn.egovkiosk.kiosk.form.FormView;
import cn.egovkiosk.kiosk.form.Prefill;
import cn.egovkiosk.kiosk.form.ShownValue;
import cn.egovkiosk.kiosk.home.KioskLayout;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.identity.VerifiedIdentity;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.kiosk.support.Voice;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.FormField;
import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import cn.egovkiosk.protocol.submission.Consent;
import com.vaadin.flow.component.AttachEvent;
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
 * What will be submitted, for the resident to check, with personal data masked ({@link ShownValue}): then submit,
 * or first the consent screen when the item fetches shared data; or go back to the form, which keeps every value.
 */
@Route(value = "review", layout = KioskLayout.class)
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentSession session;
    private final ApplicationSubmitter submitter;
    private final Paragraph status = new Paragraph();

    public ReviewView(ResidentSession session, ApplicationSubmitter submitter) {
        this.session = session;
        this.submitter = submitter;
        setId("review");
        addClassName("kiosk-screen");
        status.setId("review-status");
        status.addClassName("instruction");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ApplicationSteps.requireItemAndIdentity(event, session);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        CatalogItem item = session.item().orElse(null);
        VerifiedIdentity identity = session.identity().orElse(null);
        if (item == null || identity == null) {
            return;
        }
        removeAll();
        Div rows = new Div();
        rows.addClassName("review-rows");
        rows.add(row("review-applicant-name", getTranslation("identity.name"), PersonalDataMask.name(identity.name())),
                row("review-applicant-id", getTranslation("identity.id-number"),
                        PersonalDataMask.idNumber(identity.idNumber())));
        for (FormField field : item.form()) {
            String label = Languages.isEnglish(getLocale()) && !field.labelEn().isBlank() ? field.labelEn()
                    : field.label();
            String value = session.formDraft().getOrDefault(field.key(), "");
            rows.add(row("review-" + field.key(), label,
                    value.isBlank() ? getTranslation("review.not-filled") : ShownValue.of(field, value)));
        }
        add(new H1(getTranslation("review.heading")), new Paragraph(Languages.itemName(item, getLocale())), status,
                rows, actions(item));
        status.setText(getTranslation(item.dataSources().isEmpty() ? "review.instruction"
                : "review.instruction-consent"));
        if (session.elderlyMode()) {
            Voice.say(event.getUI(), status.getText());
        }
    }

    private Div actions(CatalogItem item) {
        boolean needsConsent = !item.dataSources().isEmpty();
        Button submit = new Button(getTranslation(needsConsent ? "review.next" : "review.submit"));
        submit.addClickListener(click -> submit(needsConsent, submit));
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("big-button");
        submit.setDisableOnClick(true);
        Button edit = new Button(getTranslation("review.edit"), click -> getUI().ifPresent(ui -> ui.navigate(
                FormView.class)));
        edit.setId("review-edit");
        edit.addClassName("big-button");
        // a form filled from the identity alone has nothing to change
        edit.setVisible(!item.form().stream().allMatch(Prefill::fixed));
        Div actions = new Div(submit, edit);
        actions.addClassName("actions");
        return actions;
    }

    private void submit(boolean needsConsent, Button submit) {
        if (needsConsent) {
            getUI().ifPresent(ui -> ui.navigate(ConsentView.class));
        } else if (submitter.submit(session, Consent.NONE)) {
            getUI().ifPresent(ui -> ui.navigate(DoneView.class));
        } else {
            status.setText(getTranslation("identify.store-failed"));
            status.addClassName("problem");
            submit.setEnabled(true);
        }
    }

    private static Div row(String id, String label, String value) {
        Div name = new Div(label);
        name.addClassName("field-label");
        Div shown = new Div(value);
        shown.addClassName("field-value");
        Div row = new Div(name, shown);
        row.setId(id);
        row.addClassName("field");
        return row;
    }
}
