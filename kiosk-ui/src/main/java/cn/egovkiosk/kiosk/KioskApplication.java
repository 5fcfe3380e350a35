package cn.egovkiosk.kiosk;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The kiosk application: resident screens, device drivers, catalog cache and the outbox towards the admin server.
 * Vaadin reads the class files of the packages named here several times while starting (looking for routes, the app
 * shell, error views...), so only the packages that hold such classes are named: the whole application package costs
 * about a tenth of a second more at every start. {@code VaadinPackagesTest} fails when a view lands elsewhere.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableVaadin({"cn.egovkiosk.kiosk.apply", "cn.egovkiosk.kiosk.device", "cn.egovkiosk.kiosk.form",
        "cn.egovkiosk.kiosk.guide", "cn.egovkiosk.kiosk.home", "cn.egovkiosk.kiosk.maintenance",
        "cn.egovkiosk.kiosk.progress", "cn.egovkiosk.kiosk.support"})
public class KioskApplication {

    public static void main(String[] args) {
        SpringApplication.run(KioskApplication.class, args);
    }
}
