package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.catalog.model.FormField;
import cn.egovkiosk.admin.catalog.model.Material;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One 一件事 package: names, life event, order, its items in order, and beside them the merged form and materials a
 * kiosk will get. The form stores nothing itself: it hands what was typed to its owner, who shows the broken rule
 * beside its field ({@link #showProblem}).
 */
class PackageForm extends VerticalLayout {

    private final PackageEditing editing;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<String> theme = new Select<>();
    private final IntegerField displayOrder = new IntegerField();
    private final CodeListField items;
    private final UnorderedList previewForm = new UnorderedList();
    private final UnorderedList previewMaterials = new UnorderedList();
    private final H3 heading = new H3();
    private final Button save = new Button();
    private final Button delete = new Button();
    private boolean stored;

    PackageForm(PackageEditing editing, Map<String, String> themeNames, boolean editable, Consumer<PackageEdit> onSave,
            Consumer<String> onDelete, Runnable onClose) {
        this.editing = editing;
        Map<String, String> itemNames = editing.kioskItems().stream()
                .collect(Collectors.toMap(ServiceItem::code, ServiceItem::name));
        items = new CodeListField(getTranslation("catalog.package.items"), "package-items",
                c -> itemNames.getOrDefault(c, "?"));
        items.setCandidates(List.copyOf(itemNames.keySet()));
        items.setEditable(editable);
        items.addValueChangeListener(change -> updatePreview());
        label(code, "catalog.package.code", "package-code");
        label(name, "catalog.package.name", "package-name");
        label(nameEn, "catalog.package.nameEn", "package-name-en");
        theme.setLabel(getTranslation("catalog.package.theme"));
        theme.setItems(List.copyOf(themeNames.keySet()));
        theme.setItemLabelGenerator(c -> c == null ? "" : themeNames.getOrDefault(c, c));
        theme.setId("package-theme");
        displayOrder.setLabel(getTranslation("catalog.item.displayOrder"));
        List.of(name, nameEn).forEach(field -> field.setReadOnly(!editable));
        theme.setReadOnly(!editable);
        displayOrder.setReadOnly(!editable);
        previewForm.setId("package-preview-form");
        previewMaterials.setId("package-preview-materials");
        save.setText(getTranslation("catalog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.accept(value()));
        save.setId("package-save");
        delete.setText(getTranslation("catalog.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> onDelete.accept(code.getValue()));
        delete.setId("package-delete");
        HorizontalLayout buttons = new HorizontalLayout(save, delete,
                new Button(getTranslation("catalog.cancel"), click -> onClose.run()));
        save.setVisible(editable);
        delete.setVisible(editable);
        setId("package-form");
        add(heading, new FormLayout(code, name, nameEn, theme, displayOrder), items,
                new H4(getTranslation("catalog.package.preview.form")), previewForm,
                new H4(getTranslation("catalog.package.preview.materials")), previewMaterials, buttons);
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }

    /** Shows the package; its code can be chosen only while it is not stored. */
    void edit(PackageEdit pack, boolean isStored) {
        stored = isStored;
        List.of(code, name, nameEn).forEach(field -> field.setInvalid(false));
        theme.setInvalid(false);
        items.setInvalid(false);
        code.setValue(pack.code());
        code.setReadOnly(stored || !save.isVisible());
        name.setValue(pack.name());
        nameEn.setValue(pack.nameEn());
        theme.setValue(pack.themeCode().isEmpty() ? null : pack.themeCode());
        displayOrder.setValue(pack.displayOrder());
        items.setValue(pack.itemCodes());
        delete.setEnabled(stored);
        heading.setText(getTranslation(stored ? "catalog.package.edit.heading" : "catalog.package.new.heading"));
        updatePreview();
    }

    boolean stored() {
        return stored;
    }

    PackageEdit value() {
        return new PackageEdit(code.getValue(), name.getValue(), nameEn.getValue(), theme.getValue(),
                items.getValue(), displayOrder.getValue() == null ? 0 : displayOrder.getValue());
    }

    /** Marks the field the rule (a message key such as {@code catalog.package.items.tooFew}) is about. */
    void showProblem(String key) {
        HasValidation field = switch (key.split("\\.")[2]) {
            case "code" -> code;
            case "name" -> name;
            case "theme" -> theme;
            default -> items;
        };
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void updatePreview() {
        PackagePreview preview = editing.preview(code.getValue(), items.getValue());
        previewForm.removeAll();
        preview.form().forEach(field -> previewForm.add(new ListItem(fieldText(field))));
        previewMaterials.removeAll();
        preview.materials().forEach(material -> previewMaterials.add(new ListItem(materialText(material))));
    }

    private String fieldText(FormField field) {
        return field.label() + " (" + field.key() + ")" + (field.required() ? " *" : "");
    }

    private String materialText(Material material) {
        return getTranslation("catalog.package.preview.material", material.name(),
                getTranslation("catalog.material.form." + material.form().name()), material.copies(),
                getTranslation(material.required() ? "catalog.package.preview.required"
                        : "catalog.package.preview.optional"));
    }
}
