package cn.egovkiosk.kiosk.support;

import cn.egovkiosk.protocol.catalog.CatalogItem;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;

/** The kiosk's languages: Simplified Chinese first, English second. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

    private Languages() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** An item's name in the resident's language; Chinese where the catalog has no English name. */
    public static String itemName(CatalogItem item, Locale locale) {
        return isEnglish(locale) && !item.nameEn().isBlank() ? item.nameEn() : item.name();
    }

    /** The item's department in the resident's language. */
    public static String department(CatalogItem item, Locale locale) {
        return isEnglish(locale) && !item.departmentEn().isBlank() ? item.departmentEn() : item.department();
    }

    /** Switches between the two languages. */
    public static void toggle(UI ui) {
        set(ui, isEnglish(ui.getLocale()) ? CHINESE : ENGLISH);
    }

    /** Back to the default language, for the next resident. */
    public static void reset(UI ui) {
        set(ui, CHINESE);
    }

    private static void set(UI ui, Locale locale) {
        if (ui.getSession() != null) {
            ui.getSession().setLocale(locale);
        }
        ui.setLocale(locale);
        // screen readers and speech pick the pronunciation from the page's language
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }
}
