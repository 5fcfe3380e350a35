package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.catalog.model.Theme.Audience;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Packages and life events with their English names and order (V60). The model's {@code CatalogWriter} stays as the
 * seed migration V5 needs it, before those columns exist; this store writes the edited rows whole. Call the writes
 * inside a transaction.
 */
@Repository
class LifeEventStore {

    private final JdbcClient jdbc;

    LifeEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PackageEdit> packages() {
        Map<String, List<String>> items = jdbc.sql("SELECT * FROM package_item ORDER BY package_code, position")
                .query((rs, row) -> Map.entry(rs.getString("package_code"), rs.getString("item_code"))).list()
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT * FROM item_package ORDER BY display_order, code")
                .query((rs, row) -> new PackageEdit(rs.getString("code"), rs.getString("name"),
                        rs.getString("name_en"), rs.getString("theme_code"),
                        items.getOrDefault(rs.getString("code"), List.of()), rs.getInt("display_order")))
                .list();
    }

    List<ThemeEdit> themes() {
        Map<String, List<String>> packages = packages().stream().collect(Collectors.groupingBy(PackageEdit::themeCode,
                Collectors.mapping(PackageEdit::code, Collectors.toList())));
        return jdbc.sql("SELECT * FROM theme ORDER BY display_order, code")
                .query((rs, row) -> new ThemeEdit(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                        Audience.valueOf(rs.getString("audience")), rs.getInt("display_order"),
                        packages.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    Optional<PackageEdit> pack(String code) {
        return packages().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    Optional<ThemeEdit> theme(String code) {
        return themes().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    void write(PackageEdit pack) {
        jdbc.sql("""
                INSERT INTO item_package (code, name, name_en, theme_code, display_order) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
                    theme_code = excluded.theme_code, display_order = excluded.display_order""")
                .params(pack.code(), pack.name(), pack.nameEn(), pack.themeCode(), pack.displayOrder()).update();
        jdbc.sql("DELETE FROM package_item WHERE package_code = ?").param(pack.code()).update();
        for (int i = 0; i < pack.itemCodes().size(); i++) {
            jdbc.sql("INSERT INTO package_item (package_code, position, item_code) VALUES (?, ?, ?)")
                    .params(pack.code(), i + 1, pack.itemCodes().get(i)).update();
        }
    }

    /** Removes the package, its item list and a form of its own if it had one. */
    void deletePackage(String code) {
        jdbc.sql("DELETE FROM package_item WHERE package_code = ?").param(code).update();
        jdbc.sql("DELETE FROM form_field WHERE schema_code = ?").param(code).update();
        jdbc.sql("DELETE FROM item_package WHERE code = ?").param(code).update();
    }

    /**
     * Stores the life event and makes its packages those listed, in the list's order: they take the positions the
     * listed packages held among all packages, so packages of other life events keep theirs.
     */
    void write(ThemeEdit theme) {
        jdbc.sql("""
                INSERT INTO theme (code, name, name_en, audience, display_order) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
                    audience = excluded.audience, display_order = excluded.display_order""")
                .params(theme.code(), theme.name(), theme.nameEn(), theme.audience().name(), theme.displayOrder())
                .update();
        Map<String, Integer> orders = packages().stream()
                .collect(Collectors.toMap(PackageEdit::code, PackageEdit::displayOrder));
        List<Integer> slots = new ArrayList<>(theme.packageCodes().stream().map(orders::get).sorted().toList());
        for (int i = 0; i < theme.packageCodes().size(); i++) {
            jdbc.sql("UPDATE item_package SET theme_code = ?, display_order = ? WHERE code = ?")
                    .params(theme.code(), slots.get(i), theme.packageCodes().get(i)).update();
        }
    }

    void deleteTheme(String code) {
        jdbc.sql("DELETE FROM theme WHERE code = ?").param(code).update();
    }
}
