package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.admin.catalog.model.CatalogReader;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kiosk-available content as edited, mapped onto the protocol ({@link KioskCatalogMapping}), and published versions. */
@Repository
@DependsOnDatabaseInitialization
class CatalogRepository {

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Items, packages and themes as now edited, as kiosks get them. */
    KioskCatalogContent currentContent() {
        return KioskCatalogMapping.content(new CatalogReader(jdbc));
    }

    List<CatalogItem> currentItems() {
        return jdbc.sql("""
                SELECT i.code, i.name, i.name_en, d.name AS department, d.name_en AS department_en, i.flags,
                       i.required_devices
                FROM catalog_item i JOIN department d ON d.code = i.department_code
                WHERE i.kiosk_available = 1
                ORDER BY i.display_order, i.code""")
                .query((rs, row) -> new CatalogItem(rs.getString("code"), rs.getString("name"),
                        rs.getString("name_en"), rs.getString("department"), rs.getString("department_en"),
                        enums(rs.getString("flags"), ItemFlag.class),
                        enums(rs.getString("required_devices"), DeviceKind.class)))
                .list();
    }

    boolean itemExists(String code) {
        return jdbc.sql("SELECT count(*) FROM catalog_item WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    Optional<CatalogSnapshot> latestVersion() {
        return jdbc.sql("SELECT snapshot_json FROM catalog_version ORDER BY version DESC LIMIT 1")
                .query(String.class).optional()
                .map(json -> ProtocolJson.mapper().readValue(json, CatalogSnapshot.class));
    }

    Optional<CatalogSnapshot> version(long version) {
        return jdbc.sql("SELECT snapshot_json FROM catalog_version WHERE version = ?").param(version)
                .query(String.class).optional()
                .map(json -> ProtocolJson.mapper().readValue(json, CatalogSnapshot.class));
    }

    /** The content hash of the latest version: a cheap check whether another server instance published. */
    Optional<String> latestContentHash() {
        return jdbc.sql("SELECT content_hash FROM catalog_version ORDER BY version DESC LIMIT 1")
                .query(String.class).optional();
    }

    void saveVersion(CatalogSnapshot snapshot) {
        jdbc.sql("INSERT INTO catalog_version (version, content_hash, published_at, snapshot_json) VALUES (?, ?, ?, ?)")
                .params(snapshot.version(), snapshot.contentHash(), snapshot.publishedAt().toString(),
                        ProtocolJson.mapper().writeValueAsString(snapshot))
                .update();
    }

    private static <E extends Enum<E>> Set<E> enums(String names, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream(names.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .forEach(name -> values.add(Enum.valueOf(type, name)));
        return values;
    }
}
