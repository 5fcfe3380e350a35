package cn.egovkiosk.kiosk.home;

import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * One service item on the home screen: a large touch target with the item's name and department. A button for
 * assistive technology (role, focusable, Enter and Space choose it).
 */
class ItemTile extends Div {

    ItemTile(CatalogItem item, Locale locale, Runnable choose) {
        setId("item-" + item.code());
        addClassName("item-tile");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        Span name = new Span(Languages.itemName(item, locale));
        name.addClassName("item-name");
        Span department = new Span(Languages.department(item, locale));
        department.addClassName("item-department");
        add(name, department);
        addClickListener(click -> choose.run());
        getElement().addEventListener("keydown", key -> choose.run())
                .setFilter("event.key === 'Enter' || event.key === ' '");
    }
}
