package cn.egovkiosk.kiosk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The kiosk application: resident screens, device drivers, catalog cache and the outbox towards the admin server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KioskApplication {

    public static void main(String[] args) {
        SpringApplication.run(KioskApplication.class, args);
    }
}
