package cn.egovkiosk.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.editor.CatalogEditing;
import cn.egovkiosk.admin.catalog.lifeevent.PackageEditing;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * axe-core (WCAG 2.1 A and AA) on every admin view in headless Chromium: the log-in page (also after a failed
 * attempt), then, signed in as the administrator who may open them all, every {@code @Route} of the admin server,
 * with the catalog, package and 一件事 theme editors open. No page may have a serious or critical violation. The test
 * also fails when a view is added without being checked here.
 */
class AdminAccessibilityIT extends AdminServerTestSupport {

    private static AdminChromium browser;

    @Autowired
    CatalogEditing catalog;
    @Autowired
    PackageEditing packages;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();
    private final Set<String> checkedRoutes = new TreeSet<>();

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new AdminChromium(Path.of("target", "admin-accessibility"));
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noAdminViewHasASeriousOrCriticalViolation() throws Exception {
        try {
            visitEveryView();
        } catch (Exception | AssertionError e) {
            browser.screenshot("failure");
            throw e;
        }
        assertThat(checkedRoutes).as("admin routes checked by axe-core").isEqualTo(adminRoutes());
        assertThat(violations.entrySet().stream().filter(page -> !page.getValue().isEmpty()).toList())
                .as("serious or critical axe-core violations (page = [rule (impact): [element selectors]])")
                .isEmpty();
    }

    private void visitEveryView() throws Exception {
        browser.open(url("login"));
        browser.await(By.cssSelector("#vaadinLoginUsername input"));
        check("login", "login");
        browser.open(url("login?error"));
        browser.await(By.cssSelector("#vaadinLoginUsername input"));
        check("login", "login?error");
        browser.await(By.cssSelector("#vaadinLoginUsername input")).sendKeys("admin", Keys.ENTER);
        browser.await(By.cssSelector("#vaadinLoginPassword input")).sendKeys("admin-change-me", Keys.ENTER);
        browser.await(By.id("current-user"));

        for (String route : List.of("", "terminals", "registry", "publishing", "devices", "submissions", "desk",
                "connector-deliveries", "statistics", "audit", "data-access")) {
            visit(route);
        }

        visit("catalog");
        browser.click("item-new");
        browser.await(By.id("item-form"));
        check("catalog", "catalog: new item");
        openEditor("catalog-filter", "catalog-items", catalog.items("").getFirst().code(), "item-form");
        check("catalog", "catalog: item editor");

        visit("packages");
        openEditor("packages-filter", "packages", packages.packages("", null).getFirst().code(), "package-form");
        check("packages", "packages: package editor");

        visit("life-events");
        openEditor(null, "themes", packages.themes().getFirst().code(), "theme-form");
        check("life-events", "life-events: theme editor");
    }

    private void visit(String route) throws Exception {
        browser.open(url(route));
        browser.await(By.cssSelector("vaadin-app-layout h2"));
        check(route, route.isEmpty() ? "/" : route);
    }

    private void check(String route, String page) throws Exception {
        browser.awaitVaadinIdle();
        checkedRoutes.add(route);
        List<AdminChromium.AxeFinding> found = browser.axeViolations();
        browser.screenshot(String.format("%02d-", violations.size() + 1) + page.replaceAll("[^a-z-]", "_"));
        List<String> serious = new ArrayList<>(found.stream().filter(AdminChromium.AxeFinding::seriousOrCritical)
                .map(Object::toString).toList());
        // axe-core only checks that a language is given; a screen reader also needs the right one (WCAG 3.1.1)
        Object lang = browser.script("return document.documentElement.lang");
        if (!String.valueOf(lang).startsWith("zh")) {
            serious.add("html lang is '" + lang + "', not the Chinese the page shows");
        }
        violations.put(page, serious);
        // the milder ones do not fail the test but are shown, so that they are seen
        found.stream().filter(finding -> !finding.seriousOrCritical())
                .forEach(finding -> System.out.println("axe-core on " + page + ": " + finding));
    }

    /**
     * Types the text into the filter (rows out of sight are not rendered), waits until the grid shows few rows (the
     * filter has applied), clicks the cell showing the text and waits for the editor the selection opens.
     */
    private void openEditor(String filterId, String gridId, String text, String editorId) {
        if (filterId != null) {
            browser.type(filterId, text);
        }
        String visibleCells = "return Array.from(document.getElementById(arguments[0])"
                + ".querySelectorAll('vaadin-grid-cell-content')).filter(c => c.checkVisibility()"
                + " && c.innerText.trim() !== '')";
        new FluentWait<>(browser).withTimeout(AdminChromium.STEP).until(b -> {
            List<?> cells = (List<?>) browser.script(visibleCells, gridId);
            return (filterId == null || cells.size() <= 8)
                    && cells.stream().anyMatch(c -> ((WebElement) c).getText().strip().equals(text));
        });
        WebElement cell = ((List<?>) browser.script(visibleCells, gridId)).stream().map(WebElement.class::cast)
                .filter(c -> c.getText().strip().equals(text)).findFirst().orElseThrow();
        browser.script("arguments[0].scrollIntoView({block: 'center'})", cell);
        cell.click();
        browser.await(By.id(editorId));
    }

    /** The paths of every {@code @Route} of the admin server, its aliases included. */
    private static Set<String> adminRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("cn.egovkiosk.admin").stream()
                .map(bean -> classOf(bean.getBeanClassName()))
                .flatMap(view -> Stream.concat(Stream.of(view.getAnnotation(Route.class).value()),
                        Arrays.stream(view.getAnnotationsByType(RouteAlias.class)).map(RouteAlias::value)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Class<?> classOf(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
