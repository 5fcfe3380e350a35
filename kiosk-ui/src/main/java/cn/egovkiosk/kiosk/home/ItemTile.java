package cn.egovkiosk.kiosk.home;

import cn.egovkiosk.kiosk.device.ItemAvailability.Unavailable;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Optional;

/**
 * One service item on the home screen: a large touch target with the item's name and department. A button for
 * assistive technology (role, focusable, Enter and Space choose it). An item the kiosk's devices cannot serve now
 * says why in words and cannot be chosen; one that needs the server says so while the kiosk is offline.
 */
class ItemTile extends Div {

    ItemTile(CatalogItem item, Locale locale, Optional<Unavailable> unavailable, boolean offline, Runnable choose) {
        this("item-", item, locale, unavailable, offline, choose);
    }

    /** A tile with its own id prefix: {@code package-} for a 一件事 package seen as one item. */
    ItemTile(String idPrefix, CatalogItem item, Locale locale, Optional<Unavailable> unavailable, boolean offline,
            Runnable choose) {
        setId(idPrefix + item.code());
        addClassName("item-tile");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        Span name = new Span(Languages.itemName(item, locale));
        name.addClassName("item-name");
        Span department = new Span(Languages.department(item, locale));
        department.addClassName("item-department");
        add(name, department);
        if (unavailable.isPresent()) {
            addClassName("unavailable");
            getElement().setAttribute("aria-disabled", "true");
            Unavailable why = unavailable.get();
            add(note("reason-" + item.code(), getTranslation(why.reasonKey(), getTranslation(why.deviceKey()))));
            return;
        }
        if (offline && needsServer(item)) {
            addClassName("needs-server");
            add(note("needs-server-" + item.code(), getTranslation("offline.item-needs-server")));
        }
        addClickListener(click -> choose.run());
        getElement().addEventListener("keydown", key -> choose.run())
                .setFilter("event.key === 'Enter' || event.key === ' '");
    }

    /**
     * 秒批 decisions are made by the server's rules and 免证办 data is fetched by sharing: without the server such an
     * item can be stored for later but not completed on the spot.
     */
    static boolean needsServer(CatalogItem item) {
        return item.flags().contains(ItemFlag.INSTANT_APPROVAL) || item.flags().contains(ItemFlag.NO_CERTIFICATE_NEEDED);
    }

    private static Span note(String id, String text) {
        Span note = new Span(text);
        note.setId(id);
        note.addClassName("item-note");
        return note;
    }
}
