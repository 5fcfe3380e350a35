package cn.egovkiosk.kiosk.home;

import cn.egovkiosk.kiosk.catalog.CatalogIndex;
import cn.egovkiosk.kiosk.catalog.CatalogQuery;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Departments and item kinds as rows of large toggle buttons: one chosen per row, "all" first. The chosen one is
 * pressed (aria-pressed) and highlighted, so the state is not told by colour alone. The two dozen departments stay
 * folded behind one button until asked for, so the first screen shows services, not a wall of department names.
 */
class CatalogFilters extends Div {

    private final Runnable changed;
    private CatalogQuery query = CatalogQuery.ALL;
    private boolean departmentsOpen;

    CatalogFilters(Runnable changed) {
        this.changed = changed;
        addClassName("catalog-filters");
    }

    CatalogQuery applyTo(CatalogQuery base) {
        return base.withDepartment(query.department()).withFlag(query.flag());
    }

    void show(CatalogIndex index, Locale locale) {
        removeAll();
        Div departments = row("filter.departments");
        departments.add(chip("department-all", getTranslation("filter.all"), query.department().isEmpty(),
                q -> q.withDepartment(Optional.empty())));
        int n = 0;
        for (Map.Entry<String, String> department : index.departments().entrySet()) {
            String label = Languages.isEnglish(locale) && !department.getValue().isBlank() ? department.getValue()
                    : department.getKey();
            boolean chosen = query.department().filter(department.getKey()::equals).isPresent();
            String id = "department-" + n++;
            if (departmentsOpen || chosen) {
                departments.add(chip(id, label, chosen, q -> q.withDepartment(Optional.of(department.getKey()))));
            }
        }
        departments.add(departmentsToggle());
        Div kinds = row("filter.kinds");
        kinds.add(chip("flag-all", getTranslation("filter.all"), query.flag().isEmpty(),
                q -> q.withFlag(Optional.empty())));
        for (ItemFlag flag : List.of(ItemFlag.values())) {
            if (index.flags().contains(flag)) {
                kinds.add(chip("flag-" + flag.name(), getTranslation("flag." + flag.name()),
                        query.flag().filter(flag::equals).isPresent(), q -> q.withFlag(Optional.of(flag))));
            }
        }
        add(departments, kinds);
    }

    private Button departmentsToggle() {
        Button toggle = new Button(getTranslation("filter.departments") + (departmentsOpen ? " ▴" : " ▾"), click -> {
            departmentsOpen = !departmentsOpen;
            changed.run();
        });
        toggle.setId("departments-toggle");
        toggle.addClassName("filter-chip");
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(departmentsOpen));
        return toggle;
    }

    private Div row(String labelKey) {
        Div row = new Div();
        row.addClassName("filter-row");
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return row;
    }

    private Button chip(String id, String label, boolean pressed, UnaryOperator<CatalogQuery> choose) {
        Button chip = new Button(label, click -> {
            query = choose.apply(query);
            departmentsOpen = false;
            changed.run();
        });
        chip.setId(id);
        chip.addClassName("filter-chip");
        chip.setClassName("pressed", pressed);
        chip.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
        return chip;
    }
}
