package cn.egovkiosk.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.application.AdminApiCalls;
import cn.egovkiosk.admin.catalog.editor.CatalogEditing;
import cn.egovkiosk.admin.catalog.lifeevent.PackageEditing;
import cn.egovkiosk.admin.terminal.NewTerminal;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * axe-core on every admin view in headless Chromium: the log-in page (also after a failed attempt), then, signed in
 * as the administrator who may open them all, every {@code @Route} of the admin server, with the catalog, package
 * and 一件事 theme editors, an enrollment code and an application at the desk open; last the log-in and the catalog
 * editor in English. No page may break a WCAG 2.1 A/AA rule or one of Deque's best practices, whatever its impact
 * (the serious and critical ones first of all), and each must give the language it shows. The test also fails when
 * a view is added without being checked here. Screenshots of every page land in {@code target/admin-accessibility}.
 */
class AdminAccessibilityIT extends AdminBrowserTest {

    @Autowired
    CatalogEditing catalog;
    @Autowired
    PackageEditing packages;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();
    private final Set<String> checkedRoutes = new TreeSet<>();
    private String language = "zh";
    private int pages;

    AdminAccessibilityIT() {
        super("admin-accessibility");
    }

    @Test
    void noAdminViewBreaksAnAxeCoreRule() throws Exception {
        screenshotOnFailure(this::visitEveryView);
        assertThat(checkedRoutes).as("admin routes checked by axe-core").isEqualTo(adminRoutes());
        assertThat(violations.entrySet().stream().filter(page -> !page.getValue().isEmpty()).toList())
                .as("axe-core violations (page = [rule (impact): [element selectors]])")
                .isEmpty();
    }

    private void visitEveryView() throws Exception {
        // something to show: an application (desk, applications, statistics) and a terminal to issue a code for
        String trackingNumber = AdminApiCalls.submitFixture(demoKiosk());
        String terminalId = "a11y-" + ThreadLocalRandom.current().nextInt(1000, 10000);
        terminalRegistry.create(new NewTerminal(terminalId, "筼筜街道社区服务站", "厦门市思明区湖滨南路 2 号", 24.47,
                118.10, "SM-CENTRE"));

        browser.open(url("login?error"));
        browser.await(By.cssSelector("#vaadinLoginUsername input"));
        check("login", "login?error");
        signIn();

        for (String route : List.of("", "terminals", "publishing", "devices", "submissions", "connector-deliveries",
                "statistics", "audit", "data-access")) {
            visit(route);
        }

        visit("registry");
        browser.click("issue-code-" + terminalId);
        browser.awaitText(By.id("enrollment-code"));
        check("registry", "registry: enrollment code");

        visit("desk");
        browser.cellShowing("desk-applications", trackingNumber, Integer.MAX_VALUE).click();
        browser.await(By.id("desk-applicant"));
        check("desk", "desk: application");

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

        // the English UI: a session keeps the language it began with, so a new one; the components are the same, so
        // the log-in and one page behind it are enough, but their language must be English
        language = "en";
        browser.acceptLanguage("en"); // before the log-out, whose log-in page begins the new session
        browser.click("logout");
        browser.await(By.cssSelector("#vaadinLoginUsername input"));
        signIn();
        visit("catalog");
        browser.click("item-new");
        browser.await(By.id("item-form"));
        check("catalog", "catalog: new item");
    }

    /** Opens the log-in page, checks it, and signs in as the administrator. */
    private void signIn() throws Exception {
        browser.open(url("login"));
        browser.await(By.cssSelector("#vaadinLoginUsername input"));
        check("login", "login");
        browser.await(By.cssSelector("#vaadinLoginUsername input")).sendKeys("admin", Keys.ENTER);
        browser.await(By.cssSelector("#vaadinLoginPassword input")).sendKeys("admin-change-me", Keys.ENTER);
        browser.await(By.id("current-user"));
    }

    private void visit(String route) throws Exception {
        browser.open(url(route));
        browser.await(By.cssSelector("vaadin-app-layout h2"));
        check(route, route.isEmpty() ? "/" : route);
    }

    private void check(String route, String view) throws Exception {
        String page = language + " " + view;
        browser.awaitVaadinIdle();
        checkedRoutes.add(route);
        browser.screenshot(String.format("%02d-", ++pages) + page.replaceAll("[^a-z-]", "_"));
        List<String> found = new ArrayList<>(browser.axeViolations().stream().map(Object::toString).toList());
        // axe-core only checks that a language is given; a screen reader also needs the right one (WCAG 3.1.1)
        Object lang = browser.script("return document.documentElement.lang");
        if (!String.valueOf(lang).startsWith(language)) {
            found.add("html lang is '" + lang + "', not '" + language + "', the language the page shows");
        }
        violations.merge(page, found, (before, now) -> Stream.concat(before.stream(), now.stream()).toList());
    }

    /** Filters the grid down to the row showing the text (when it has a filter), selects it, awaits the editor. */
    private void openEditor(String filterId, String gridId, String text, String editorId) {
        if (filterId != null) {
            browser.type(filterId, text); // rows out of sight are not rendered
        }
        browser.cellShowing(gridId, text, filterId == null ? Integer.MAX_VALUE : 8).click();
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
}
