package cn.egovkiosk.admin.catalog.editor;

import cn.egovkiosk.admin.catalog.model.CaseType;
import cn.egovkiosk.admin.catalog.model.Department;
import cn.egovkiosk.admin.catalog.model.ItemType;
import cn.egovkiosk.admin.catalog.model.ServedParty;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The elements of one service item (implementation list), its materials and its form schema. Each rule is checked
 * beside its field; the form changes nothing itself but fires {@link SaveEvent} or {@link CloseEvent}.
 */
class ItemForm extends VerticalLayout {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<String> department = new Select<>();
    private final Select<ItemType> type = new Select<>();
    private final Select<CaseType> caseType = new Select<>();
    private final IntegerField legalDays = new IntegerField();
    private final IntegerField promisedDays = new IntegerField();
    private final TextArea acceptanceConditions = new TextArea();
    private final TextArea process = new TextArea();
    private final Checkbox feeCharged = new Checkbox();
    private final TextField feeStandard = new TextField();
    private final TextField placeAddress = new TextField();
    private final TextField placeHours = new TextField();
    private final CheckboxGroup<ServedParty> servedParties = new CheckboxGroup<>();
    private final CheckboxGroup<ItemFlag> flags = new CheckboxGroup<>();
    private final CheckboxGroup<DeviceKind> requiredDevices = new CheckboxGroup<>();
    private final Checkbox kioskAvailable = new Checkbox();
    private final IntegerField displayOrder = new IntegerField();
    private final MaterialsEditor materials = new MaterialsEditor();
    private final FormFieldsEditor formFields = new FormFieldsEditor();
    private final Binder<ItemDraft> binder = new Binder<>();
    private final Map<String, Department> departments;
    private final H3 heading = new H3();
    private Binder.Binding<ItemDraft, Integer> promisedBinding;

    ItemForm(List<Department> departments) {
        this.departments = departments.stream().collect(Collectors.toMap(Department::code, Function.identity()));
        labelFields(departments);
        bindFields();
        FormLayout elements = new FormLayout(code, name, nameEn, department, type, caseType, legalDays, promisedDays,
                acceptanceConditions, process, feeCharged, feeStandard, placeAddress, placeHours, servedParties,
                flags, requiredDevices, kioskAvailable, displayOrder);
        elements.setColspan(acceptanceConditions, 2);
        elements.setColspan(process, 2);
        setId("item-form");
        add(heading, elements, materials, formFields, buttons());
    }

    private void labelFields(List<Department> list) {
        label(code, "catalog.item.code", "item-code");
        label(name, "catalog.item.name", "item-name");
        label(nameEn, "catalog.item.nameEn", "item-name-en");
        department.setLabel(getTranslation("catalog.item.department"));
        department.setItems(list.stream().map(Department::code).toList());
        department.setItemLabelGenerator(c -> departments.get(c).name());
        enumSelect(type, ItemType.values(), "catalog.item.type");
        enumSelect(caseType, CaseType.values(), "catalog.item.caseType");
        legalDays.setLabel(getTranslation("catalog.item.legalDays"));
        promisedDays.setLabel(getTranslation("catalog.item.promisedDays"));
        acceptanceConditions.setLabel(getTranslation("catalog.item.conditions"));
        process.setLabel(getTranslation("catalog.item.process"));
        feeCharged.setLabel(getTranslation("catalog.item.feeCharged"));
        label(feeStandard, "catalog.item.feeStandard", "item-fee-standard");
        label(placeAddress, "catalog.item.placeAddress", "item-place");
        label(placeHours, "catalog.item.placeHours", "item-hours");
        servedParties.setLabel(getTranslation("catalog.item.servedParties"));
        servedParties.setHelperText(getTranslation("catalog.item.servedParties.helper"));
        servedParties.setItems(ServedParty.values());
        servedParties.setItemLabelGenerator(p -> getTranslation("catalog.item.servedParties." + p.name()));
        flags.setLabel(getTranslation("catalog.item.flags"));
        flags.setItems(ItemFlag.values());
        flags.setItemLabelGenerator(f -> getTranslation("catalog.item.flags." + f.name()));
        requiredDevices.setLabel(getTranslation("catalog.item.devices"));
        requiredDevices.setItems(DeviceKind.values());
        requiredDevices.setItemLabelGenerator(d -> getTranslation("device.kind." + d.name()));
        kioskAvailable.setLabel(getTranslation("catalog.item.kioskAvailable"));
        displayOrder.setLabel(getTranslation("catalog.item.displayOrder"));
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }

    private <E extends Enum<E>> void enumSelect(Select<E> select, E[] values, String key) {
        select.setLabel(getTranslation(key));
        select.setItems(values);
        select.setItemLabelGenerator(value -> getTranslation(key + "." + value.name()));
    }

    private void bindFields() {
        binder.forField(code).withValidator(ItemRules::validCode, getTranslation("catalog.item.code.invalid"))
                .withValidator(c -> department.getValue() == null
                        || c.strip().startsWith(departments.get(department.getValue()).creditCode()),
                        getTranslation("catalog.item.code.department"))
                .bind(d -> d.code, (d, v) -> d.code = v.strip());
        binder.forField(name).asRequired(getTranslation("catalog.item.name.required"))
                .withValidator(v -> v.length() <= ItemRules.MAX_NAME, getTranslation("catalog.item.name.tooLong"))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(nameEn).asRequired(getTranslation("catalog.item.name.required"))
                .bind(d -> d.nameEn, (d, v) -> d.nameEn = v);
        // not asRequired: on a select or a checkbox group Vaadin puts aria-required on an element whose role does not
        // allow it (axe-core: aria-allowed-attr, critical; vaadin/web-components#7337); these selects cannot be
        // emptied anyway, and the served parties say in their helper text that one is needed
        binder.forField(department).withValidator(Objects::nonNull,
                getTranslation("catalog.item.department.required"))
                .bind(d -> d.departmentCode, (d, v) -> d.departmentCode = v);
        binder.forField(type).withValidator(Objects::nonNull, "").bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(caseType).withValidator(Objects::nonNull, "").bind(d -> d.caseType, (d, v) -> d.caseType = v);
        binder.forField(legalDays).asRequired(getTranslation("catalog.item.limits.range"))
                .withValidator(v -> v >= 0 && v <= ItemRules.MAX_LIMIT_DAYS,
                        getTranslation("catalog.item.limits.range"))
                .bind(d -> d.legalDays, (d, v) -> d.legalDays = v);
        promisedBinding = binder.forField(promisedDays).asRequired(getTranslation("catalog.item.limits.range"))
                .withValidator(this::promisedFits, getTranslation("catalog.item.promised.invalid"))
                .bind(d -> d.promisedDays, (d, v) -> d.promisedDays = v);
        binder.forField(acceptanceConditions).withValidator(v -> v.length() <= ItemRules.MAX_TEXT,
                getTranslation("catalog.item.text.tooLong")).bind(d -> d.acceptanceConditions,
                        (d, v) -> d.acceptanceConditions = v);
        binder.forField(process).withValidator(v -> v.length() <= ItemRules.MAX_TEXT,
                getTranslation("catalog.item.text.tooLong")).bind(d -> d.process, (d, v) -> d.process = v);
        binder.forField(feeCharged).bind(d -> d.feeCharged, (d, v) -> d.feeCharged = v);
        binder.forField(feeStandard).withValidator(v -> !feeCharged.getValue() || !v.isBlank(),
                getTranslation("catalog.item.fee.required")).bind(d -> d.feeStandard, (d, v) -> d.feeStandard = v);
        binder.forField(placeAddress).bind(d -> d.placeAddress, (d, v) -> d.placeAddress = v);
        binder.forField(placeHours).bind(d -> d.placeHours, (d, v) -> d.placeHours = v);
        binder.forField(servedParties).withValidator(parties -> !parties.isEmpty(),
                getTranslation("catalog.item.servedParties.required"))
                .bind(d -> d.servedParties, (d, v) -> d.servedParties = copy(v, ServedParty.class));
        binder.forField(flags).bind(d -> d.flags, (d, v) -> d.flags = copy(v, ItemFlag.class));
        binder.forField(requiredDevices).bind(d -> d.requiredDevices,
                (d, v) -> d.requiredDevices = copy(v, DeviceKind.class));
        binder.forField(kioskAvailable).bind(d -> d.kioskAvailable, (d, v) -> d.kioskAvailable = v);
        binder.forField(displayOrder).asRequired().bind(d -> d.displayOrder, (d, v) -> d.displayOrder = v);
        caseType.addValueChangeListener(change -> revalidate());
        legalDays.addValueChangeListener(change -> revalidate());
        feeCharged.addValueChangeListener(change -> feeStandard.setEnabled(change.getValue()));
    }

    private boolean promisedFits(Integer days) {
        int legal = legalDays.getValue() == null ? 0 : legalDays.getValue();
        return caseType.getValue() == CaseType.IMMEDIATE ? days == 0 : days >= 1 && days <= legal;
    }

    private void revalidate() {
        if (binder.getBean() != null && promisedDays.getValue() != null) {
            promisedBinding.validate();
        }
    }

    private static <E extends Enum<E>> EnumSet<E> copy(java.util.Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    private HorizontalLayout buttons() {
        Button save = new Button(getTranslation("catalog.save"), click -> validateAndSave());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("item-save");
        Button close = new Button(getTranslation("catalog.cancel"), click -> fireEvent(new CloseEvent(this)));
        return new HorizontalLayout(save, close);
    }

    /** Shows the draft for editing; the code can be chosen only for an item not yet stored. */
    void edit(ItemDraft draft) {
        binder.setBean(draft);
        code.setReadOnly(draft.stored);
        heading.setText(getTranslation(draft.stored ? "catalog.edit.heading" : "catalog.new.heading"));
        feeStandard.setEnabled(draft.feeCharged);
        materials.edit(draft.materials);
        formFields.edit(draft.formFields);
    }

    /** The code of a new item is used by another one. */
    void codeTaken() {
        code.setInvalid(true);
        code.setErrorMessage(getTranslation("catalog.item.code.taken"));
    }

    private void validateAndSave() {
        if (binder.validate().isOk()) {
            fireEvent(new SaveEvent(this, binder.getBean()));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** The administrator wants the draft stored. */
    static final class SaveEvent extends ComponentEvent<ItemForm> {

        private final ItemDraft draft;

        SaveEvent(ItemForm source, ItemDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ItemDraft draft() {
            return draft;
        }
    }

    /** The administrator leaves the form without saving. */
    static final class CloseEvent extends ComponentEvent<ItemForm> {

        CloseEvent(ItemForm source) {
            super(source, false);
        }
    }
}
