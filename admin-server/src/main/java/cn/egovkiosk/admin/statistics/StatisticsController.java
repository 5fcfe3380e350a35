package cn.egovkiosk.admin.statistics;

import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.admin.support.DayRange;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Application statistics: {@code GET statistics/applications?by=ITEM|DEPARTMENT|TERMINAL|DAY&from=&to=} as JSON
 * and {@code statistics/applications.csv} with the same parameters. The range defaults to the last 30 days.
 */
@RestController
@RequestMapping(AdminApiAccess.BASE + "/statistics")
class StatisticsController {

    static final int DEFAULT_DAYS = 30;

    private final ApplicationStatistics statistics;
    private final Clock clock;
    private final AdminProperties properties;

    StatisticsController(ApplicationStatistics statistics, Clock clock, AdminProperties properties) {
        this.statistics = statistics;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/applications")
    List<ApplicationCount> counts(@RequestParam(defaultValue = "DAY") Dimension by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DayRange days = DayRange.of(from, to, LocalDate.now(clock.withZone(properties.timeZone())), DEFAULT_DAYS);
        return statistics.count(by, days.from(), days.to());
    }

    @GetMapping("/applications.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "DAY") Dimension by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        byte[] csv = StatisticsCsv.render(by, counts(by, from, to));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("applications-by-" + by.name().toLowerCase() + ".csv").build().toString())
                .body(csv);
    }
}
