package cn.egovkiosk.admin.catalog.editor;

import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.security.CurrentAdmin;
import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import cn.egovkiosk.admin.support.ApiProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The catalog draft: items in a list, one item's elements, materials and form in the editor beside it. Saving
 * changes the draft only; the publishing page turns the draft into a version for terminals.
 */
@AdminMenu(titleKey = "nav.catalog", order = 20)
@RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
@Route(value = "catalog", layout = AdminLayout.class)
public class CatalogItemsView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogEditing editing;
    private final CurrentAdmin admin;
    private final Grid<ServiceItem> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Span draftState = new Span();
    private final ItemForm form;

    CatalogItemsView(CatalogEditing editing, CurrentAdmin admin) {
        this.editing = editing;
        this.admin = admin;
        this.form = new ItemForm(editing.departments());
        configureGrid();
        configureForm();
        add(new H2(getTranslation("catalog.heading")), toolbar(), content());
        updateList();
        closeEditor();
    }

    private void configureGrid() {
        grid.addColumn(ServiceItem::code).setHeader(getTranslation("catalog.item.code")).setAutoWidth(true);
        grid.addColumn(ServiceItem::name).setHeader(getTranslation("catalog.item.name")).setFlexGrow(2);
        grid.addColumn(item -> getTranslation("catalog.item.caseType." + item.limits().caseType().name()))
                .setHeader(getTranslation("catalog.item.caseType")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation(item.kioskAvailable() ? "catalog.yes" : "catalog.no"))
                .setHeader(getTranslation("catalog.item.kioskAvailable")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(change -> editItem(change.getValue()));
        grid.setId("catalog-items");
    }

    private void configureForm() {
        form.setWidth("60%");
        form.addSaveListener(event -> save(event.draft()));
        form.addCloseListener(event -> closeEditor());
    }

    private HorizontalLayout toolbar() {
        filter.setPlaceholder(getTranslation("catalog.filter"));
        filter.setAriaLabel(getTranslation("catalog.filter")); // a placeholder is no name once text is typed
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> updateList());
        filter.setId("catalog-filter");
        Button add = new Button(getTranslation("catalog.new"), click -> addItem());
        add.setId("item-new");
        draftState.setId("draft-state");
        // by path: the publishing page belongs to the terminal package, which depends on the catalog
        Anchor publishing = new Anchor("publishing", getTranslation("catalog.toPublishing"));
        publishing.getElement().setAttribute("router-link", true);
        HorizontalLayout toolbar = new HorizontalLayout(filter, add, draftState, publishing);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return toolbar;
    }

    private HorizontalLayout content() {
        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setFlexGrow(1, grid);
        content.setSizeFull();
        return content;
    }

    private void updateList() {
        grid.setItems(editing.items(filter.getValue()));
        draftState.setText(getTranslation(editing.draftUnpublished() ? "catalog.draft.unpublished"
                : "catalog.draft.published"));
    }

    private void addItem() {
        grid.asSingleSelect().clear();
        form.edit(ItemDraft.newItem(editing.departments().getFirst().code()));
        form.setVisible(true);
    }

    private void editItem(ServiceItem item) {
        if (item == null) {
            closeEditor();
            return;
        }
        form.edit(ItemDraft.of(item, editing.form(item.code())));
        form.setVisible(true);
    }

    private void save(ItemDraft draft) {
        List<String> holding = editing.packagesHolding(draft.toItem());
        if (!holding.isEmpty()) {
            Notification.show(getTranslation("catalog.save.inPackages", String.join("、", holding)));
            return;
        }
        try {
            editing.save(draft.toItem(), draft.toForm(), !draft.stored, admin.name());
        } catch (ApiProblem e) {
            if (e.status() == HttpStatus.CONFLICT) {
                form.codeTaken();
                return;
            }
            Notification.show(getTranslation("catalog.save.refused"));
            return;
        }
        Notification.show(getTranslation("catalog.saved", draft.code));
        closeEditor();
        updateList();
    }

    private void closeEditor() {
        form.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.heading") + " – " + getTranslation("admin.title");
    }
}
