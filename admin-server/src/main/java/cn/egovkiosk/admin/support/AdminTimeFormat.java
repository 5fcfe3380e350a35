package cn.egovkiosk.admin.support;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Instants on admin screens, in {@code admin.time-zone}: administrators think in local time. */
@Component
public class AdminTimeFormat {

    private final DateTimeFormatter formatter;

    AdminTimeFormat(AdminProperties properties) {
        this.formatter = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(properties.timeZone());
    }

    public String format(Instant instant) {
        return instant == null ? "" : formatter.format(instant);
    }
}
