package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.sharing.DataAccessQuery.Filter;
import cn.egovkiosk.admin.sharing.DataAccessQuery.LoggedAccess;
import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.admin.support.DayRange;
import cn.egovkiosk.protocol.catalog.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/v1/data-access?from=&to=&source=&terminal=&limit=} (ADMIN, AUDITOR): the shared-data
 * accesses, newest first; days in {@code admin.time-zone}, the last 30 days by default.
 */
@RestController
class DataAccessController {

    static final int DEFAULT_DAYS = 30;

    private final DataAccessQuery log;
    private final Clock clock;
    private final AdminProperties properties;

    DataAccessController(DataAccessQuery log, Clock clock, AdminProperties properties) {
        this.log = log;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping(AdminApiAccess.BASE + "/data-access")
    List<LoggedAccess> accesses(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) DataSource source,
            @RequestParam(required = false, defaultValue = "") String terminal,
            @RequestParam(defaultValue = "200") int limit) {
        DayRange days = DayRange.of(from, to, LocalDate.now(clock.withZone(properties.timeZone())), DEFAULT_DAYS);
        return log.search(new Filter(days.from(), days.to(), properties.timeZone(), source, terminal, limit));
    }
}
