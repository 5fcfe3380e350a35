package cn.egovkiosk.kiosk.catalog;

import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The last catalog version received, kept in SQLite so the kiosk serves residents while the server is away. */
@Repository
public class CatalogCache {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public CatalogCache(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The cached items in display order; empty before the first successful sync. */
    public List<CatalogItem> items() {
        return jdbc.query("SELECT * FROM catalog_item ORDER BY position", (rs, n) -> item(rs));
    }

    public Optional<CatalogItem> item(String code) {
        return jdbc.query("SELECT * FROM catalog_item WHERE code = ?", (rs, n) -> item(rs), code).stream().findFirst();
    }

    /** Version, hash and ETag of the cached catalog, if any. */
    public Optional<CachedVersion> version() {
        return jdbc.query("SELECT version, content_hash, etag, synced_at FROM catalog_version WHERE id = 1",
                (rs, n) -> new CachedVersion(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4))))
                .stream().findFirst();
    }

    /** Replaces the whole cache with a snapshot in one transaction: a kiosk never shows half of two versions. */
    public void replace(CatalogSnapshot snapshot, String etag, Instant syncedAt) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM catalog_item");
            int position = 0;
            for (CatalogItem item : snapshot.items()) {
                jdbc.update("INSERT INTO catalog_item (position, code, name, name_en, department, department_en, flags,"
                        + " required_devices) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", position++, item.code(), item.name(),
                        item.nameEn(), item.department(), item.departmentEn(), names(item.flags()),
                        names(item.requiredDevices()));
            }
            jdbc.update("INSERT OR REPLACE INTO catalog_version"
                    + " (id, version, content_hash, etag, published_at, synced_at) VALUES (1, ?, ?, ?, ?, ?)",
                    snapshot.version(), snapshot.contentHash(), etag, snapshot.publishedAt().toString(),
                    syncedAt.toString());
        });
    }

    /** Records that the server confirmed the cached version is still current (a 304). */
    public void confirmed(Instant syncedAt) {
        jdbc.update("UPDATE catalog_version SET synced_at = ? WHERE id = 1", syncedAt.toString());
    }

    private static CatalogItem item(ResultSet rs) throws SQLException {
        return new CatalogItem(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                rs.getString("department"), rs.getString("department_en"),
                parse(rs.getString("flags"), ItemFlag.class),
                parse(rs.getString("required_devices"), DeviceKind.class));
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String names, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        // a value an older kiosk does not know is skipped, not fatal
        Arrays.stream(names.split(",")).filter(name -> !name.isBlank()).forEach(name -> {
            try {
                values.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException unknown) {
                // skipped on purpose
            }
        });
        return values;
    }

    /**
     * @param version     the catalog version number
     * @param contentHash the server's content hash
     * @param etag        the ETag to send as If-None-Match, may be null
     * @param syncedAt    when the server last confirmed this version
     */
    public record CachedVersion(long version, String contentHash, String etag, Instant syncedAt) {
    }
}
