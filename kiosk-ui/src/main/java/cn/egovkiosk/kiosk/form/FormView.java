package cn.egovkiosk.kiosk.form;

import cn.egovkiosk.kiosk.apply.ApplicationSteps;
import cn.egovkiosk.kiosk.home.KioskLayout;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.identity.VerifiedIdentity;
import cn.egovkiosk.kiosk.keyboard.OnScreenKeyboard;
import cn.egovkiosk.kiosk.keyboard.PinyinDictionary;
import cn.egovkiosk.kiosk.support.ElderlyModeObserver;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.kiosk.support.Voice;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.FormField;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The form of the chosen item or 一件事 package, generated from its schema: fields from the identity are filled in
 * (and fixed where they are the document's), the rest typed with the on-screen keyboard; problems show beside each
 * field when the resident goes on. Values live in the session only ({@link ResidentSession#formDraft()}).
 * 长辈模式 asks fewer things per screen: the typed fields a few at a time ("第 2 / 3 步", 上一步 / 下一步), each step
 * checked before the next; what the identity fills is left to the review, which lists everything.
 */
@Route(value = "form", layout = KioskLayout.class)
public class FormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, ElderlyModeObserver {

    static final int CANDIDATES = 8;
    // 适老化: fewer, larger candidates
    static final int CANDIDATES_ELDERLY = 5;
    // 适老化: at most this many fields per screen
    static final int FIELDS_PER_STEP_ELDERLY = 3;

    private final ResidentSession session;
    private final OnScreenKeyboard keyboard = new OnScreenKeyboard(PinyinDictionary.instance());
    private final Paragraph status = new Paragraph();
    private final Paragraph typingInto = new Paragraph();
    private final Paragraph stepShown = new Paragraph();
    private List<FieldEditor> editors = new ArrayList<>();
    private int step;
    private int steps = 1;

    public FormView(ResidentSession session) {
        this.session = session;
        setId("form");
        addClassName("kiosk-screen");
        status.setId("form-status");
        status.addClassName("instruction");
        typingInto.setId("keyboard-target");
        typingInto.addClassName("keyboard-target");
        stepShown.setId("form-step");
        stepShown.addClassName("form-step");
        stepShown.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (ApplicationSteps.requireItemAndIdentity(event, session)
                && session.item().get().form().stream().allMatch(Prefill::fixed)) {
            // nothing to type: the identity fills it all, the review shows it
            prefill(session.item().get(), session.identity().get());
            event.forwardTo("review");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        step = 0;
        render();
    }

    private void render() {
        CatalogItem item = session.item().orElse(null);
        VerifiedIdentity identity = session.identity().orElse(null);
        if (item == null || identity == null) {
            return;
        }
        removeAll();
        prefill(item, identity);
        boolean elderly = session.elderlyMode();
        Div fields = new Div();
        fields.addClassName("form-fields");
        Map<String, String> draft = session.formDraft();
        List<FieldEditor> typed = new ArrayList<>();
        for (FormField field : item.form()) {
            if (Prefill.fixed(field) && draft.containsKey(field.key())) {
                if (!elderly) {
                    fields.add(fixedField(field, draft.get(field.key())));
                }
            } else {
                FieldEditor editor = new FieldEditor(field, draft, getLocale());
                editor.addFocusListener(focus -> typeInto(editor));
                editor.getElement().addEventListener("click", click -> typeInto(editor));
                typed.add(editor);
            }
        }
        int perStep = elderly ? FIELDS_PER_STEP_ELDERLY : Math.max(1, typed.size());
        steps = Math.max(1, (typed.size() + perStep - 1) / perStep);
        step = Math.min(step, steps - 1);
        editors = typed.subList(Math.min(typed.size(), step * perStep), Math.min(typed.size(), (step + 1) * perStep));
        editors.forEach(fields::add);
        add(new H1(Languages.itemName(item, getLocale())));
        if (elderly) {
            stepShown.setText(getTranslation("form.step", step + 1, steps));
            add(stepShown);
        }
        add(status, fields, typingInto, keyboard, actions());
        keyboard.candidatesPerPage(elderly ? CANDIDATES_ELDERLY : CANDIDATES);
        say("form.instruction", false);
        editors.stream().filter(editor -> editor.getValue().isBlank()).findFirst()
                .or(() -> editors.stream().findFirst()).ifPresent(this::typeInto);
    }

    @Override
    public void elderlyModeChanged(boolean on) {
        // the same values, laid out for the mode: a step at a time from the first, or all at once
        step = 0;
        render();
    }

    private void prefill(CatalogItem item, VerifiedIdentity identity) {
        Map<String, String> draft = session.formDraft();
        for (FormField field : item.form()) {
            Prefill.value(field, identity).ifPresent(value -> {
                if (Prefill.fixed(field)) {
                    draft.put(field.key(), value);
                } else {
                    draft.putIfAbsent(field.key(), value);
                }
            });
        }
    }

    private void typeInto(FieldEditor editor) {
        editors.forEach(other -> other.removeClassName("active-field"));
        editor.addClassName("active-field");
        typingInto.setText(getTranslation("form.typing-into", editor.getLabel()));
        keyboard.typeInto(editor, editor.layout());
    }

    private Div fixedField(FormField field, String value) {
        Div label = new Div(FieldEditor.label(field, getLocale()));
        label.addClassName("field-label");
        Div shown = new Div(ShownValue.of(field, value));
        shown.addClassName("field-value");
        Div note = new Div(getTranslation("form.from-identity"));
        note.addClassName("field-note");
        Div fixed = new Div(label, shown, note);
        fixed.setId("field-" + field.key());
        fixed.addClassNames("field", "prefilled");
        return fixed;
    }

    private Div actions() {
        boolean last = step == steps - 1;
        Button next = new Button(getTranslation(last ? "form.next" : "form.step-next"), click -> next());
        next.setId("form-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("big-button");
        Div actions = new Div();
        if (step > 0) {
            // values typed so far stay in the draft: going back loses nothing
            Button previous = new Button(getTranslation("form.previous"), click -> {
                step--;
                render();
            });
            previous.setId("form-previous");
            previous.addClassName("big-button");
            actions.add(previous);
        }
        Button cancel = new Button(getTranslation("form.cancel"), click -> {
            session.cancelApplication();
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        cancel.setId("form-cancel");
        cancel.addClassName("big-button");
        actions.add(next, cancel);
        actions.addClassName("actions");
        return actions;
    }

    private void next() {
        FieldEditor firstProblem = null;
        for (FieldEditor editor : editors) {
            if (!editor.check() && firstProblem == null) {
                firstProblem = editor;
            }
        }
        if (firstProblem != null) {
            say("form.fix", true);
            typeInto(firstProblem);
            firstProblem.focus();
            return;
        }
        if (step < steps - 1) {
            step++;
            render();
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("review"));
    }

    private void say(String key, boolean problem) {
        status.setText(getTranslation(key));
        status.setClassName("problem", problem);
        if (session.elderlyMode()) {
            getUI().ifPresent(ui -> Voice.say(ui, getTranslation(key)));
        }
    }
}
