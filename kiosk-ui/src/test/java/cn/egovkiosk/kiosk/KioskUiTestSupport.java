package cn.egovkiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.catalog.CatalogSync;
import cn.egovkiosk.kiosk.device.SimulatedDevices;
import cn.egovkiosk.kiosk.identity.CardWatcher;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Browserless UI tests against the real Spring context: Karibu's mock servlet, the real views and services, the real
 * drivers talking to the device-drivers simulators (demo mode).
 */
public final class KioskUiTestSupport {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.egovkiosk.kiosk");

    private KioskUiTestSupport() {
    }

    /** Syncs the catalog from the admin server (so home has tiles) and opens a fresh UI on the home screen. */
    public static void openUi(ApplicationContext context) {
        context.getBean(CatalogSync.class).syncNow();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    /** Takes the card off the simulated reader, waits until the kiosk saw it go, and closes the UI. */
    public static void removeCardAndCloseUi(SimulatedDevices devices, CardWatcher watcher) {
        devices.reader().orElseThrow().remove();
        // the kiosk must see the card leave, or it will not report the same card again
        awaitUi("the card leaves the field", Duration.ofSeconds(15), () -> !watcher.cardInField());
        MockVaadin.tearDown();
    }

    /** A kiosk talking to {@code admin}, with its own fresh data folder. */
    public static void kioskAgainst(DynamicPropertyRegistry registry, FakeAdminServer admin, String dataDirPrefix) {
        registry.add("kiosk.server.url", () -> admin.url().toString());
        registry.add("kiosk.server.credential", () -> FakeAdminServer.CREDENTIAL);
        registry.add("kiosk.data-dir", tempDir(dataDirPrefix)::toString);
    }

    /** The same in demo mode: in-process device simulators behind socat pty pairs. */
    public static void demoKioskAgainst(DynamicPropertyRegistry registry, FakeAdminServer admin, String dataDirPrefix) {
        kioskAgainst(registry, admin, dataDirPrefix);
        registry.add("kiosk.devices.simulated", () -> "true");
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one component with this id. */
    public static Component byId(String id) {
        return LocatorJ._get(Component.class, spec -> spec.withId(id));
    }

    public static Optional<Component> findById(String id) {
        List<Component> found = LocatorJ._find(Component.class, spec -> spec.withId(id));
        return found.stream().findFirst();
    }

    public static String textOf(String id) {
        return byId(id).getElement().getTextRecursively();
    }

    /** A tap: fires a click on any component, as the browser would. */
    public static void tap(Component component) {
        ComponentUtil.fireEvent(component, new ClickEvent<>(component));
    }

    /**
     * Lets background work reach the UI (device events, acknowledgements and timers arrive through
     * {@code UI.access}) until {@code condition} holds.
     */
    public static void awaitUi(String what, Duration timeout, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            MockVaadin.runUIQueue();
            if (condition.get()) {
                return;
            }
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
    }

    public static void awaitId(String id, Duration timeout) {
        awaitUi("#" + id, timeout, () -> findById(id).isPresent());
    }

    /** What a resident types into the fixture catalog's forms (the phone field; name and number come from the card). */
    public static final Map<String, String> TYPED_FORM = Map.of("phone", "13912345678");

    /** From home: the item's (or package's) tile, its service guide, "apply"; the identify screen shows. */
    public static void startApplying(String code) {
        Duration step = Duration.ofSeconds(15);
        // the home screen may still be loading the catalog from the server when a test starts
        awaitUi("the tile of " + code, step, () -> findById("item-" + code).or(() -> findById("package-" + code))
                .isPresent());
        tap(findById("item-" + code).or(() -> findById("package-" + code)).orElseThrow());
        awaitId("guide", step);
        tap(byId("guide-apply"));
        awaitId("identify", step);
    }

    /**
     * On the identify screen with the identity shown: confirm it, type {@code typed} into the form (by field key),
     * go on to the review, submit, and agree on the consent screen where the item asks for one. The done screen
     * follows.
     */
    @SuppressWarnings("unchecked")
    public static void confirmFillAndSubmit(Map<String, String> typed) {
        Duration step = Duration.ofSeconds(15);
        tap(byId("confirm-button"));
        awaitUi("the form or the review", step, () -> findById("form").isPresent() || findById("review").isPresent());
        if (findById("form").isPresent()) {
            typed.forEach((key, value) -> ((HasValue<?, String>) byId("field-" + key)).setValue(value));
            tap(byId("form-next"));
            awaitId("review", step);
        }
        tap(byId("review-submit"));
        if (findById("consent").isPresent()) {
            tap(byId("consent-agree"));
        }
    }
}
