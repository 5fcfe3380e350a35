package cn.egovkiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.startup.AnnotationValidator;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import jakarta.servlet.annotation.HandlesTypes;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The kiosk names the packages Vaadin scans at start-up ({@link KioskApplication}); a view, layout, app shell or error
 * view outside them would silently be missing at run time. This looks for every kind of class Vaadin's start-up
 * scans look for, across the whole application package.
 */
class VaadinPackagesTest {

    @Test
    void everyClassVaadinLooksForWhileStartingIsInAScannedPackage() {
        List<String> scanned = List.of(KioskApplication.class.getAnnotation(EnableVaadin.class).value());

        List<String> found = vaadinClassesIn(KioskApplication.class.getPackageName());

        assertThat(found).as("routes, app shell and the like in the kiosk").hasSizeGreaterThan(5)
                .allSatisfy(name -> assertThat(scanned).as(name + " lies outside the packages Vaadin scans")
                        .anyMatch(pkg -> name.startsWith(pkg + ".")));
    }

    @Test
    void theCheckFindsTheKindsOfClassesItLooksFor() {
        assertThat(vaadinClassesIn(KioskApplication.class.getPackageName())).contains(
                "cn.egovkiosk.kiosk.home.HomeView", "cn.egovkiosk.kiosk.support.KioskShell");
    }

    private static List<String> vaadinClassesIn(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        List<Class<? extends Annotation>> annotations = new ArrayList<>(List.of(Route.class, RouteAlias.class,
                Layout.class));
        annotations.addAll(VaadinAppShellInitializer.getValidAnnotations());
        List<Class<?>> supers = new ArrayList<>(List.of(HasErrorParameter.class, WebComponentExporter.class));
        supers.addAll(VaadinAppShellInitializer.getValidSupers());
        for (Class<?> type : AnnotationValidator.class.getAnnotation(HandlesTypes.class).value()) {
            if (type.isAnnotation()) {
                annotations.add(type.asSubclass(Annotation.class));
            } else {
                supers.add(type);
            }
        }
        annotations.forEach(annotation -> scanner.addIncludeFilter(new AnnotationTypeFilter(annotation)));
        supers.forEach(type -> scanner.addIncludeFilter(new AssignableTypeFilter(type)));
        return scanner.findCandidateComponents(basePackage).stream().map(BeanDefinition::getBeanClassName).toList();
    }
}
