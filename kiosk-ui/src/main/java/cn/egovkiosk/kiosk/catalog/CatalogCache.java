package cn.egovkiosk.kiosk.catalog;

import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogPackage;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.CatalogTheme;
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

    /** The cached 一件事 packages in display order. */
    public List<CatalogPackage> packages() {
        return jdbc.query("SELECT package_json FROM catalog_package ORDER BY position",
                (rs, n) -> ProtocolJson.mapper().readValue(rs.getString(1), CatalogPackage.class));
    }

    public Optional<CatalogPackage> catalogPackage(String code) {
        return jdbc.query("SELECT package_json FROM catalog_package WHERE code = ?",
                (rs, n) -> ProtocolJson.mapper().readValue(rs.getString(1), CatalogPackage.class), code)
                .stream().findFirst();
    }

    /** The cached life-event themes in display order. */
    public List<CatalogTheme> themes() {
        return jdbc.query("SELECT theme_json FROM catalog_theme ORDER BY position",
                (rs, n) -> ProtocolJson.mapper().readValue(rs.getString(1), CatalogTheme.class));
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
            jdbc.update("DELETE FROM catalog_package");
            jdbc.update("DELETE FROM catalog_theme");
            int position = 0;
            for (CatalogItem item : snapshot.items()) {
                jdbc.update("INSERT INTO catalog_item (position, code, name, name_en, department, department_en, flags,"
                        + " required_devices, item_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", position++, item.code(),
                        item.name(), item.nameEn(), item.department(), item.departmentEn(), names(item.flags()),
                        names(item.requiredDevices()), ProtocolJson.mapper().writeValueAsString(item));
            }
            position = 0;
            for (CatalogPackage pack : snapshot.packages()) {
                jdbc.update("INSERT INTO catalog_package (position, code, package_json) VALUES (?, ?, ?)", position++,
                        pack.code(), ProtocolJson.mapper().writeValueAsString(pack));
            }
            position = 0;
            for (CatalogTheme theme : snapshot.themes()) {
                jdbc.update("INSERT INTO catalog_theme (position, code, theme_json) VALUES (?, ?, ?)", position++,
                        theme.code(), ProtocolJson.mapper().writeValueAsString(theme));
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

    // the whole item as received (guide, form, data sources); a row cached before they travelled has the columns only
    private static CatalogItem item(ResultSet rs) throws SQLException {
        String json = rs.getString("item_json");
        if (json != null && !json.isEmpty()) {
            return ProtocolJson.mapper().readValue(json, CatalogItem.class);
        }
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
