package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.catalog.model.Theme.Audience;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One life event: names, audience, order, and its 一件事 packages in the order kiosks list them. Adding a package of
 * another life event moves it here. Stores nothing itself, like {@link PackageForm}.
 */
class ThemeForm extends VerticalLayout {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<Audience> audience = new Select<>();
    private final IntegerField displayOrder = new IntegerField();
    private final CodeListField packages;
    private final H3 heading = new H3();
    private final Button save = new Button();
    private final Button delete = new Button();
    private boolean stored;

    ThemeForm(Map<String, String> packageNames, boolean editable, Consumer<ThemeEdit> onSave,
            Consumer<String> onDelete, Runnable onClose) {
        packages = new CodeListField(getTranslation("catalog.theme.packages"), "theme-packages",
                c -> packageNames.getOrDefault(c, "?"));
        packages.setCandidates(List.copyOf(packageNames.keySet()));
        packages.setEditable(editable);
        code.setLabel(getTranslation("catalog.theme.code"));
        code.setId("theme-code");
        name.setLabel(getTranslation("catalog.theme.name"));
        name.setId("theme-name");
        nameEn.setLabel(getTranslation("catalog.theme.nameEn"));
        nameEn.setId("theme-name-en");
        audience.setLabel(getTranslation("catalog.theme.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> a == null ? "" : getTranslation("catalog.theme.audience." + a.name()));
        audience.setId("theme-audience");
        displayOrder.setLabel(getTranslation("catalog.item.displayOrder"));
        name.setReadOnly(!editable);
        nameEn.setReadOnly(!editable);
        audience.setReadOnly(!editable);
        displayOrder.setReadOnly(!editable);
        save.setText(getTranslation("catalog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.accept(value()));
        save.setId("theme-save");
        delete.setText(getTranslation("catalog.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> onDelete.accept(code.getValue()));
        delete.setId("theme-delete");
        save.setVisible(editable);
        delete.setVisible(editable);
        setId("theme-form");
        add(heading, new FormLayout(code, name, nameEn, audience, displayOrder), packages,
                new HorizontalLayout(save, delete, new Button(getTranslation("catalog.cancel"), click -> onClose.run())));
    }

    /** Shows the life event; its code can be chosen only while it is not stored. */
    void edit(ThemeEdit theme, boolean isStored) {
        stored = isStored;
        List.of(code, name).forEach(field -> field.setInvalid(false));
        audience.setInvalid(false);
        packages.setInvalid(false);
        code.setValue(theme.code());
        code.setReadOnly(stored || !save.isVisible());
        name.setValue(theme.name());
        nameEn.setValue(theme.nameEn());
        audience.setValue(theme.audience());
        displayOrder.setValue(theme.displayOrder());
        packages.setValue(theme.packageCodes());
        delete.setEnabled(stored && theme.packageCodes().isEmpty());
        heading.setText(getTranslation(stored ? "catalog.theme.edit.heading" : "catalog.theme.new.heading"));
    }

    boolean stored() {
        return stored;
    }

    ThemeEdit value() {
        return new ThemeEdit(code.getValue(), name.getValue(), nameEn.getValue(), audience.getValue(),
                displayOrder.getValue() == null ? 0 : displayOrder.getValue(), packages.getValue());
    }

    /** Marks the field the rule (a message key such as {@code catalog.theme.packages.kept}) is about. */
    void showProblem(String key) {
        HasValidation field = switch (key.split("\\.")[2]) {
            case "code" -> code;
            case "name" -> name;
            case "audience" -> audience;
            default -> packages;
        };
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }
}
