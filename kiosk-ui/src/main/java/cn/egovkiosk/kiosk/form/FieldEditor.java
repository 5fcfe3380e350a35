package cn.egovkiosk.kiosk.form;

import cn.egovkiosk.kiosk.keyboard.OnScreenKeyboard;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.protocol.catalog.FormField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One typed field of a generated form ({@code field-<key>}): its value lives in the session's form draft, the
 * validation message shows beside it, and the on-screen keyboard types into it once it is chosen.
 */
class FieldEditor extends TextField implements OnScreenKeyboard.Target {

    private final FormField field;
    private final Map<String, String> draft;

    FieldEditor(FormField field, Map<String, String> draft, Locale locale) {
        this.field = field;
        this.draft = draft;
        setId("field-" + field.key());
        addClassName("form-field");
        setLabel(label(field, locale));
        setRequiredIndicatorVisible(field.required());
        if (field.maxLength() > 0) {
            setMaxLength(field.maxLength());
        }
        // the kiosk decides what is valid, and says so in words (FieldRules), not the browser's own checks
        setManualValidation(true);
        setValueChangeMode(ValueChangeMode.ON_CHANGE);
        setValue(draft.getOrDefault(field.key(), ""));
        addValueChangeListener(change -> {
            draft.put(field.key(), change.getValue());
            if (isInvalid()) {
                check();
            }
        });
    }

    static String label(FormField field, Locale locale) {
        return Languages.isEnglish(locale) && !field.labelEn().isBlank() ? field.labelEn() : field.label();
    }

    FormField field() {
        return field;
    }

    /** Shows the problem beside the field, or clears it; true when the value is acceptable. */
    boolean check() {
        Optional<String> problem = FieldRules.problem(field, getValue());
        setInvalid(problem.isPresent());
        setErrorMessage(problem.map(key -> getTranslation(key, getLabel(), field.maxLength())).orElse(null));
        return problem.isEmpty();
    }

    OnScreenKeyboard.Layout layout() {
        return switch (field.type()) {
            case NUMBER, PHONE, BANK_ACCOUNT -> OnScreenKeyboard.Layout.DIGITS;
            case ID_NUMBER -> OnScreenKeyboard.Layout.ID_NUMBER;
            case DATE -> OnScreenKeyboard.Layout.DATE;
            case TEXT, ADDRESS -> OnScreenKeyboard.Layout.CHINESE;
        };
    }

    @Override
    public String text() {
        return getValue();
    }

    @Override
    public void text(String changed) {
        setValue(changed);
        draft.put(field.key(), changed);
    }

    @Override
    public int maxLength() {
        return field.maxLength();
    }
}
