package cn.egovkiosk.admin.catalog.editor;

import cn.egovkiosk.admin.catalog.model.FormField;
import cn.egovkiosk.admin.catalog.model.FormField.FieldType;
import cn.egovkiosk.admin.catalog.model.FormField.PrefillSource;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/** The item's form schema: its fields in order, a row to add one (checked beside its fields), removal. */
class FormFieldsEditor extends VerticalLayout {

    private final Grid<FormField> grid = new Grid<>();
    private final TextField key = new TextField();
    private final TextField label = new TextField();
    private final Select<FieldType> type = new Select<>();
    private final Checkbox required = new Checkbox();
    private final TextField pattern = new TextField();
    private final IntegerField maxLength = new IntegerField();
    private final Select<PrefillSource> prefill = new Select<>();
    private List<FormField> fields = new ArrayList<>();

    FormFieldsEditor() {
        configureGrid();
        configureInputs();
        Button add = new Button(getTranslation("catalog.field.add"), click -> add());
        add.setId("field-add");
        HorizontalLayout inputs = new HorizontalLayout(key, label, type, required, pattern, maxLength, prefill, add);
        inputs.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        inputs.setWrap(true);
        setPadding(false);
        add(new H4(getTranslation("catalog.form")), grid, inputs);
    }

    private void configureGrid() {
        grid.addColumn(FormField::key).setHeader(getTranslation("catalog.field.key"));
        grid.addColumn(FormField::label).setHeader(getTranslation("catalog.field.label")).setFlexGrow(2);
        grid.addColumn(f -> getTranslation("catalog.field.type." + f.type().name()))
                .setHeader(getTranslation("catalog.field.type"));
        grid.addColumn(f -> getTranslation(f.required() ? "catalog.yes" : "catalog.no"))
                .setHeader(getTranslation("catalog.field.required"));
        grid.addColumn(FormField::maxLength).setHeader(getTranslation("catalog.field.maxLength"));
        grid.addColumn(f -> getTranslation("catalog.field.prefill." + f.prefill().name()))
                .setHeader(getTranslation("catalog.field.prefill"));
        grid.addComponentColumn(f -> {
            Button remove = new Button(getTranslation("catalog.remove"), click -> remove(f));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setHeader(getTranslation("grid.actions"));
        grid.setAllRowsVisible(true);
        grid.setId("form-fields");
    }

    private void configureInputs() {
        key.setLabel(getTranslation("catalog.field.key"));
        key.setId("field-key");
        label.setLabel(getTranslation("catalog.field.label"));
        label.setId("field-label");
        type.setLabel(getTranslation("catalog.field.type"));
        type.setItems(FieldType.values());
        type.setItemLabelGenerator(t -> getTranslation("catalog.field.type." + t.name()));
        type.setValue(FieldType.TEXT);
        required.setLabel(getTranslation("catalog.field.required"));
        required.setValue(true);
        pattern.setLabel(getTranslation("catalog.field.pattern"));
        maxLength.setLabel(getTranslation("catalog.field.maxLength"));
        maxLength.setValue(50);
        prefill.setLabel(getTranslation("catalog.field.prefill"));
        prefill.setItems(PrefillSource.values());
        prefill.setItemLabelGenerator(p -> getTranslation("catalog.field.prefill." + p.name()));
        prefill.setValue(PrefillSource.NONE);
    }

    /** Shows (and from now on edits) this list. */
    void edit(List<FormField> list) {
        fields = list;
        grid.setItems(fields);
    }

    private void add() {
        String keyText = key.getValue().strip();
        boolean keyTaken = fields.stream().anyMatch(f -> f.key().equals(keyText));
        mark(key, !ItemRules.FIELD_KEY.matcher(keyText).matches() || keyTaken,
                keyTaken ? "catalog.field.key.taken" : "catalog.field.key.invalid");
        mark(label, label.getValue().isBlank(), "catalog.field.label.required");
        mark(pattern, !ItemRules.validPattern(pattern.getValue()), "catalog.field.pattern.invalid");
        maxLength.setInvalid(maxLength.getValue() == null || maxLength.getValue() < 1);
        maxLength.setErrorMessage(getTranslation("catalog.field.maxLength.invalid"));
        if (key.isInvalid() || label.isInvalid() || pattern.isInvalid() || maxLength.isInvalid()) {
            return;
        }
        fields.add(new FormField(keyText, label.getValue().strip(), type.getValue(), required.getValue(),
                pattern.getValue().strip(), maxLength.getValue(), prefill.getValue()));
        grid.setItems(fields);
        key.clear();
        label.clear();
        pattern.clear();
    }

    private void mark(TextField field, boolean invalid, String messageKey) {
        field.setInvalid(invalid);
        field.setErrorMessage(invalid ? getTranslation(messageKey) : null);
    }

    private void remove(FormField field) {
        fields.remove(field);
        grid.setItems(fields);
    }
}
