package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.sharing.DataAccessQuery.Filter;
import cn.egovkiosk.admin.sharing.DataAccessQuery.LoggedAccess;
import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.support.DayRange;
import cn.egovkiosk.protocol.catalog.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shared-data accesses (ADMIN, AUDITOR), newest first; days in {@code admin.time-zone}, the last 30 days by
 * default. {@code GET /api/admin/v1/data-access?from=&to=&source=&terminal=&offset=&limit=} answers one page
 * (limit 1 to 1,000, default 200) with the number of all matches in {@code X-Total-Count};
 * {@code GET /api/admin/v1/data-access.csv} with the same filters answers all matches as CSV ({@link DataAccessCsv}).
 */
@RestController
class DataAccessController {

    static final int DEFAULT_DAYS = 30;
    static final String TOTAL = "X-Total-Count";

    private final DataAccessQuery log;
    private final Clock clock;
    private final AdminProperties properties;

    DataAccessController(DataAccessQuery log, Clock clock, AdminProperties properties) {
        this.log = log;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping(AdminApiAccess.BASE + "/data-access")
    ResponseEntity<List<LoggedAccess>> accesses(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) DataSource source,
            @RequestParam(required = false, defaultValue = "") String terminal,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "200") int limit) {
        if (offset < 0 || limit < 1 || limit > DataAccessQuery.MAX) {
            throw ApiProblem.badRequest("offset must be at least 0 and limit between 1 and " + DataAccessQuery.MAX
                    + ".");
        }
        Filter filter = filter(from, to, source, terminal);
        return ResponseEntity.ok().header(TOTAL, Integer.toString(log.count(filter)))
                .body(log.search(filter, offset, limit));
    }

    @GetMapping(AdminApiAccess.BASE + "/data-access.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) DataSource source,
            @RequestParam(required = false, defaultValue = "") String terminal) {
        Filter filter = filter(from, to, source, terminal);
        int matches = log.count(filter);
        if (matches > DataAccessCsv.MAX_ROWS) {
            throw ApiProblem.badRequest("More than " + DataAccessCsv.MAX_ROWS
                    + " accesses match: narrow the days or pick a source or terminal.");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(TOTAL, Integer.toString(matches))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(DataAccessCsv.fileName(filter)).build().toString())
                .body(DataAccessCsv.bytes(log, filter, properties.timeZone()));
    }

    private Filter filter(LocalDate from, LocalDate to, DataSource source, String terminal) {
        DayRange days = DayRange.of(from, to, LocalDate.now(clock.withZone(properties.timeZone())), DEFAULT_DAYS);
        return new Filter(days.from(), days.to(), properties.timeZone(), source, terminal);
    }
}
