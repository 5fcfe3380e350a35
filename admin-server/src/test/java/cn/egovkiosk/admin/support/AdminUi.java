package cn.egovkiosk.admin.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.springframework.context.ApplicationContext;

/** Browserless admin UI for Karibu tests, wired by the running Spring context (real services, real database). */
public final class AdminUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.egovkiosk.admin");

    private AdminUi() {
    }

    /** Opens a mocked UI in the given locale at the given route. */
    public static UI open(ApplicationContext context, Locale locale, String route) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.navigate(route);
        // the setup already showed the root view in the default locale: build the route's view again in this one
        ui.refreshCurrentRoute(false);
        return ui;
    }

    public static void close() {
        MockVaadin.tearDown();
    }
}
