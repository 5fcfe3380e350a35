package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.admin.sharing.DataAccessQuery.Filter;
import cn.egovkiosk.admin.sharing.DataAccessQuery.LoggedAccess;
import cn.egovkiosk.admin.support.CsvCell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The data access log as CSV for auditors' spreadsheets: RFC 4180, UTF-8 with a byte-order mark (so that Excel reads
 * the Chinese), times in {@code admin.time-zone}, newest first. Like the log it names no resident. A cell starting
 * with = + - @ gets an apostrophe: a purpose must not become a formula. Read from the database page by page; more
 * than {@link #MAX_ROWS} rows (some 25 MB) are refused: narrow the days or pick a source.
 */
final class DataAccessCsv {

    static final int MAX_ROWS = 100_000;
    static final String HEADER = "accessed_at,tracking_number,terminal_id,item_code,source,source_name,purpose,"
            + "consented,consent_purpose,consent_granted_at,result\r\n";

    private DataAccessCsv() {
    }

    /** The file name for these days. */
    static String fileName(Filter filter) {
        return "data-access-" + filter.from() + "-to-" + filter.to() + ".csv";
    }

    /** The whole file. */
    static byte[] bytes(DataAccessQuery log, Filter filter, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(log, filter, zone, out);
        return out.toByteArray();
    }

    /** Writes the header and every matching access; the caller checked the count against {@link #MAX_ROWS}. */
    static void write(DataAccessQuery log, Filter filter, ZoneId zone, OutputStream out) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        try {
            out.write(("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_8));
            for (int offset = 0; offset < MAX_ROWS; offset += DataAccessQuery.MAX) {
                List<LoggedAccess> page = log.search(filter, offset, DataAccessQuery.MAX);
                StringBuilder rows = new StringBuilder();
                page.forEach(access -> row(access, time, rows));
                out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
                if (page.size() < DataAccessQuery.MAX) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(LoggedAccess access, DateTimeFormatter time, StringBuilder csv) {
        List<String> cells = List.of(format(time, access.accessedAt()),
                access.trackingNumber() == null ? "" : access.trackingNumber(), access.terminalId(),
                access.itemCode(), access.source().name(), SourceNames.zh(access.source()), access.purpose(),
                Boolean.toString(access.consented()), access.consented() ? access.consentPurpose() : "",
                format(time, access.consentGrantedAt()), access.result().name());
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(CsvCell.of(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String format(DateTimeFormatter time, Instant instant) {
        return instant == null ? "" : time.format(instant);
    }
}
