package cn.egovkiosk.admin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The central admin server: terminal API for the kiosk fleet and the Vaadin admin UI. The app shell loads Lumo as a
 * style sheet because the pre-compiled Vaadin bundle does not apply a theme by itself.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
public class AdminServerApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(AdminServerApplication.class, args);
    }
}
