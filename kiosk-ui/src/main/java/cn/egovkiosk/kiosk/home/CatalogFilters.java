package cn.egovkiosk.kiosk.home;

import cn.egovkiosk.kiosk.catalog.CatalogIndex;
import cn.egovkiosk.kiosk.catalog.CatalogQuery;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.protocol.catalog.CatalogTheme;
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
 * In 长辈模式 only the main ways in stay (all items, 一件事 and its life-event themes); departments and kinds wait
 * behind one "more filters" button.
 */
class CatalogFilters extends Div {

    private final Runnable changed;
    private CatalogQuery query = CatalogQuery.ALL;
    private boolean departmentsOpen;
    private boolean moreOpen;
    // 一件事: packages instead of items, optionally of one life-event theme
    private boolean packages;
    private Optional<String> theme = Optional.empty();

    CatalogFilters(Runnable changed) {
        this.changed = changed;
        addClassName("catalog-filters");
    }

    /** Whether the resident chose 一件事 packages rather than items. */
    boolean packages() {
        return packages;
    }

    Optional<String> theme() {
        return theme;
    }

    CatalogQuery applyTo(CatalogQuery base) {
        return base.withDepartment(query.department()).withFlag(query.flag());
    }

    void show(CatalogIndex index, Locale locale, boolean elderly) {
        removeAll();
        if (!elderly) {
            Div kinds = kinds(index);
            add(departments(index, locale), kinds);
            if (!index.packages().isEmpty()) {
                kinds.add(packagesChip());
            }
        } else {
            Div ways = row("filter.ways");
            boolean narrowed = !query.equals(CatalogQuery.ALL);
            ways.add(chip("way-all", getTranslation("filter.all"), !narrowed, q -> CatalogQuery.ALL));
            if (!index.packages().isEmpty()) {
                ways.add(packagesChip());
            }
            ways.add(moreToggle());
            add(ways);
            // a filter in force stays in sight, so the resident sees why the list is short
            if (moreOpen || narrowed) {
                add(departments(index, locale), kinds(index));
            }
        }
        if (packages && !index.themes().isEmpty()) {
            add(themes(index, locale));
        }
    }

    private Div departments(CatalogIndex index, Locale locale) {
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
        return departments;
    }

    private Div kinds(CatalogIndex index) {
        Div kinds = row("filter.kinds");
        kinds.add(chip("flag-all", getTranslation("filter.all"), query.flag().isEmpty() && !packages,
                q -> q.withFlag(Optional.empty())));
        for (ItemFlag flag : List.of(ItemFlag.values())) {
            if (index.flags().contains(flag)) {
                kinds.add(chip("flag-" + flag.name(), getTranslation("flag." + flag.name()),
                        query.flag().filter(flag::equals).isPresent(), q -> q.withFlag(Optional.of(flag))));
            }
        }
        return kinds;
    }

    // 长辈模式: the secondary filters fold behind this one button
    private Button moreToggle() {
        Button more = new Button(getTranslation(moreOpen ? "home.fewer-filters" : "home.more-filters"), click -> {
            moreOpen = !moreOpen;
            changed.run();
        });
        more.setId("more-filters");
        more.addClassName("filter-chip");
        more.getElement().setAttribute("aria-expanded", Boolean.toString(moreOpen));
        return more;
    }

    private Button packagesChip() {
        Button chip = new Button(getTranslation("filter.packages"), click -> {
            packages = true;
            theme = Optional.empty();
            query = query.withFlag(Optional.empty());
            departmentsOpen = false;
            changed.run();
        });
        chip.setId("packages-all");
        pressable(chip, packages);
        return chip;
    }

    private Div themes(CatalogIndex index, Locale locale) {
        Div themes = row("filter.themes");
        themes.add(themeChip("theme-all", getTranslation("filter.all"), Optional.empty()));
        for (CatalogTheme found : index.themes()) {
            String label = Languages.isEnglish(locale) && !found.nameEn().isBlank() ? found.nameEn() : found.name();
            themes.add(themeChip("theme-" + found.code(), label, Optional.of(found.code())));
        }
        return themes;
    }

    private Button themeChip(String id, String label, Optional<String> code) {
        Button chip = new Button(label, click -> {
            theme = code;
            changed.run();
        });
        chip.setId(id);
        pressable(chip, theme.equals(code));
        return chip;
    }

    private static void pressable(Button chip, boolean pressed) {
        chip.addClassName("filter-chip");
        chip.setClassName("pressed", pressed);
        chip.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
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
            packages = false;
            changed.run();
        });
        chip.setId(id);
        pressable(chip, pressed && !packages);
        return chip;
    }
}
