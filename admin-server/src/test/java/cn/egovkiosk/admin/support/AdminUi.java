package cn.egovkiosk.admin.support;

import cn.egovkiosk.admin.security.Role;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Browserless admin UI for Karibu tests, wired by the running Spring context (real services, real database), with
 * a user logged in the way Spring Security does it: the security context and the request's principal and roles,
 * which Vaadin's view access control reads.
 */
public final class AdminUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.egovkiosk.admin");

    private AdminUi() {
    }

    /** Opens a mocked UI in the given locale at the given route, logged in as {@code admin} (role ADMIN). */
    public static UI open(ApplicationContext context, Locale locale, String route) {
        return open(context, locale, route, "admin", Role.ADMIN);
    }

    /** Opens a mocked UI logged in as the named user with the roles. */
    public static UI open(ApplicationContext context, Locale locale, String route, String user, Role... roles) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        logIn(user, roles);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.navigate(route);
        // the setup already showed the root view in the default locale: build the route's view again in this one
        ui.refreshCurrentRoute(false);
        return ui;
    }

    private static void logIn(String user, Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        List<SimpleGrantedAuthority> authorities = names.stream()
                .map(name -> new SimpleGrantedAuthority("ROLE_" + name)).toList();
        UsernamePasswordAuthenticationToken authentication = new UsernamePasswordAuthenticationToken(
                new User(user, "unused", authorities), null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> names.contains(role));
    }

    public static void close() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
