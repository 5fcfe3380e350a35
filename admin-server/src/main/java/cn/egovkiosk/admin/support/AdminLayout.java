package cn.egovkiosk.admin.support;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The frame of every admin page: title and navigation in one bar. Links are router links by path, so this frame
 * does not depend on the feature packages whose views it frames.
 */
public class AdminLayout extends AppLayout {

    public AdminLayout() {
        H1 title = new H1(getTranslation("admin.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-l)");
        HorizontalLayout bar = new HorizontalLayout(title, link("terminals", "nav.terminals"),
                link("submissions", "nav.submissions"), link("publishing", "nav.publishing"),
                link("devices", "nav.devices"));
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        addToNavbar(bar);
    }

    private Anchor link(String path, String key) {
        Anchor anchor = new Anchor(path, getTranslation(key));
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
