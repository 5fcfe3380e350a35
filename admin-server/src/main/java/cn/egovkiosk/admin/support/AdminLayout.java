package cn.egovkiosk.admin.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * The frame of every admin page: title, the navigation the user's roles open, who is logged in and logout. The
 * links come from the registered routes annotated with {@link AdminMenu}, so this frame does not depend on the
 * feature packages whose views it frames.
 */
@PermitAll
public class AdminLayout extends AppLayout {

    public AdminLayout(AuthenticationContext authentication) {
        H1 title = new H1(getTranslation("admin.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-l)");
        HorizontalLayout menu = new HorizontalLayout();
        menuViews().forEach(view -> menu.add(link(view)));
        menu.getElement().setAttribute("role", "navigation");
        menu.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        HorizontalLayout bar = new HorizontalLayout(title, menu);
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("current-user");
        Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout account = new HorizontalLayout(user, logout);
        account.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        account.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "var(--lumo-space-m)");
        bar.add(account);
        // landmarks, so that a screen reader can jump between the bar, the navigation and the page itself
        bar.getElement().setAttribute("role", "banner");
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        addToNavbar(bar);
        setDrawerOpened(false); // everything is in the bar: no empty drawer beside the content
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("role", "main");
    }

    /** The annotated views the current user may open, in menu order. */
    static List<Class<? extends Component>> menuViews() {
        AccessAnnotationChecker access = new AccessAnnotationChecker();
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget)
                .filter(view -> view.isAnnotationPresent(AdminMenu.class))
                .filter(access::hasAccess)
                .distinct()
                .sorted(Comparator.comparingInt(view -> view.getAnnotation(AdminMenu.class).order()))
                .toList();
    }

    private RouterLink link(Class<? extends Component> view) {
        RouterLink link = new RouterLink(getTranslation(view.getAnnotation(AdminMenu.class).titleKey()), view);
        String path = RouteConfiguration.forApplicationScope().getUrl(view);
        link.setId("nav-" + (path.isEmpty() ? "home" : path.replace('/', '-')));
        return link;
    }
}
