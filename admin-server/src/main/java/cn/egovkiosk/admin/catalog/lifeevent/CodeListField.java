package cn.egovkiosk.admin.catalog.lifeevent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An ordered list of codes chosen from candidates (a package's items, a life event's packages): pick one and add
 * it, move one up, remove one. Shows each code with its name; the error message of a broken rule shows beside it.
 */
class CodeListField extends CustomField<List<String>> {

    private final ComboBox<String> picker = new ComboBox<>();
    private final Button add;
    private final Grid<String> members = new Grid<>();
    private final Function<String, String> names;
    private final List<String> codes = new ArrayList<>();
    private boolean editable = true;

    /** @param idPrefix the field's id and prefix of the ids of the picker ({@code -picker}), add button ({@code -add}) and list */
    CodeListField(String label, String idPrefix, Function<String, String> names) {
        this.names = names;
        setLabel(label);
        setId(idPrefix);
        picker.setItemLabelGenerator(code -> code + " " + names.apply(code));
        picker.setPlaceholder(getTranslation("catalog.codes.pick"));
        picker.setAriaLabel(label + " " + getTranslation("catalog.codes.pick"));
        picker.setWidth("28em");
        picker.setId(idPrefix + "-picker");
        add = new Button(getTranslation("catalog.codes.add"), click -> addPicked());
        add.setId(idPrefix + "-add");
        members.addColumn(code -> codes.indexOf(code) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        members.addColumn(code -> code).setHeader(getTranslation("catalog.codes.code")).setAutoWidth(true)
                .setFlexGrow(0);
        members.addColumn(names::apply).setHeader(getTranslation("catalog.codes.name")).setFlexGrow(2);
        members.addComponentColumn(this::rowButtons).setHeader(getTranslation("grid.actions")).setAutoWidth(true);
        members.setAllRowsVisible(true);
        members.setId(idPrefix + "-list");
        HorizontalLayout picking = new HorizontalLayout(picker, add);
        picking.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        VerticalLayout layout = new VerticalLayout(members, picking);
        layout.setPadding(false);
        add(layout);
        setWidthFull(); // names are long: give them the form's width
    }

    void setCandidates(List<String> candidates) {
        picker.setItems(candidates);
    }

    /** Read-only for those who may look but not change (the auditor). */
    void setEditable(boolean editable) {
        this.editable = editable;
        picker.setVisible(editable);
        add.setVisible(editable);
        members.getDataProvider().refreshAll();
    }

    private HorizontalLayout rowButtons(String code) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (!editable) {
            return buttons;
        }
        Button up = new Button(getTranslation("catalog.codes.up"), click -> moveUp(code));
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        up.setEnabled(codes.indexOf(code) > 0);
        Button remove = new Button(getTranslation("catalog.remove"), click -> change(() -> codes.remove(code)));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        buttons.add(up, remove);
        return buttons;
    }

    private void addPicked() {
        String code = picker.getValue();
        if (code != null && !codes.contains(code)) {
            change(() -> codes.add(code));
        }
        picker.clear();
    }

    private void moveUp(String code) {
        int at = codes.indexOf(code);
        change(() -> codes.add(at - 1, codes.remove(at)));
    }

    private void change(Runnable edit) {
        edit.run();
        members.setItems(List.copyOf(codes));
        updateValue();
    }

    @Override
    protected List<String> generateModelValue() {
        return List.copyOf(codes);
    }

    @Override
    protected void setPresentationValue(List<String> value) {
        codes.clear();
        if (value != null) {
            codes.addAll(value);
        }
        members.setItems(List.copyOf(codes));
    }
}
