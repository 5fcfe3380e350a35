package cn.egovkiosk.admin.catalog.editor;

import cn.egovkiosk.admin.catalog.model.Material;
import cn.egovkiosk.admin.catalog.model.Material.MaterialForm;
import cn.egovkiosk.admin.catalog.model.Material.MaterialSource;
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

/** 申请材料 of an item: the list in order, a row to add one (checked beside its fields), removal. */
class MaterialsEditor extends VerticalLayout {

    private final Grid<Material> grid = new Grid<>();
    private final TextField name = new TextField();
    private final Select<MaterialForm> form = new Select<>();
    private final IntegerField copies = new IntegerField();
    private final Select<MaterialSource> source = new Select<>();
    private final Checkbox sharingExempt = new Checkbox();
    private final Checkbox required = new Checkbox();
    private List<Material> materials = new ArrayList<>();

    MaterialsEditor() {
        configureGrid();
        configureInputs();
        Button add = new Button(getTranslation("catalog.material.add"), click -> add());
        add.setId("material-add");
        HorizontalLayout inputs = new HorizontalLayout(name, form, copies, source, sharingExempt, required, add);
        inputs.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        inputs.setWrap(true);
        setPadding(false);
        add(new H4(getTranslation("catalog.materials")), grid, inputs);
    }

    private void configureGrid() {
        grid.addColumn(Material::name).setHeader(getTranslation("catalog.material.name")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation("catalog.material.form." + m.form().name()))
                .setHeader(getTranslation("catalog.material.form"));
        grid.addColumn(Material::copies).setHeader(getTranslation("catalog.material.copies"));
        grid.addColumn(m -> getTranslation("catalog.material.source." + m.source().name()))
                .setHeader(getTranslation("catalog.material.source"));
        grid.addColumn(m -> getTranslation(m.sharingExempt() ? "catalog.yes" : "catalog.no"))
                .setHeader(getTranslation("catalog.material.sharingExempt"));
        grid.addColumn(m -> getTranslation(m.required() ? "catalog.yes" : "catalog.no"))
                .setHeader(getTranslation("catalog.material.required"));
        grid.addComponentColumn(m -> {
            Button remove = new Button(getTranslation("catalog.remove"), click -> remove(m));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setHeader(getTranslation("grid.actions"));
        grid.setAllRowsVisible(true);
        grid.setId("materials");
    }

    private void configureInputs() {
        name.setLabel(getTranslation("catalog.material.name"));
        name.setId("material-name");
        form.setLabel(getTranslation("catalog.material.form"));
        form.setItems(MaterialForm.values());
        form.setItemLabelGenerator(f -> getTranslation("catalog.material.form." + f.name()));
        form.setValue(MaterialForm.ORIGINAL);
        copies.setLabel(getTranslation("catalog.material.copies"));
        copies.setMin(0);
        copies.setValue(1);
        copies.setStepButtonsVisible(true);
        source.setLabel(getTranslation("catalog.material.source"));
        source.setItems(MaterialSource.values());
        source.setItemLabelGenerator(s -> getTranslation("catalog.material.source." + s.name()));
        source.setValue(MaterialSource.APPLICANT);
        sharingExempt.setLabel(getTranslation("catalog.material.sharingExempt"));
        required.setLabel(getTranslation("catalog.material.required"));
        required.setValue(true);
    }

    /** Shows (and from now on edits) this list. */
    void edit(List<Material> list) {
        materials = list;
        grid.setItems(materials);
    }

    private void add() {
        name.setInvalid(name.getValue().isBlank());
        name.setErrorMessage(getTranslation("catalog.material.name.required"));
        copies.setInvalid(copies.getValue() == null || copies.getValue() < 0);
        copies.setErrorMessage(getTranslation("catalog.material.copies.invalid"));
        if (name.isInvalid() || copies.isInvalid()) {
            return;
        }
        materials.add(new Material(name.getValue().strip(), form.getValue(), copies.getValue(), source.getValue(),
                sharingExempt.getValue(), required.getValue()));
        grid.setItems(materials);
        name.clear();
    }

    private void remove(Material material) {
        materials.remove(material);
        grid.setItems(materials);
    }
}
