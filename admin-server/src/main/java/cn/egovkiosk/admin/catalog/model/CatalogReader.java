package cn.egovkiosk.admin.catalog.model;

import cn.egovkiosk.admin.catalog.model.FormField.FieldType;
import cn.egovkiosk.admin.catalog.model.FormField.PrefillSource;
import cn.egovkiosk.admin.catalog.model.Material.MaterialForm;
import cn.egovkiosk.admin.catalog.model.Material.MaterialSource;
import cn.egovkiosk.admin.catalog.model.Theme.Audience;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the catalog model as administrators edit it (drafts included; terminals get published versions). */
public final class CatalogReader {

    private static final String ITEMS = "SELECT * FROM catalog_item";
    private static final String ORDER = " ORDER BY display_order, code";

    private final JdbcClient jdbc;

    public CatalogReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Department> departments() {
        return jdbc.sql("SELECT * FROM department ORDER BY code").query((rs, row) -> new Department(
                rs.getString("code"), rs.getString("name"), rs.getString("name_en"), rs.getString("credit_code")))
                .list();
    }

    /** Every item with its materials, in display order. */
    public List<ServiceItem> items() {
        Map<String, List<Material>> materials = jdbc.sql("SELECT * FROM item_material ORDER BY item_code, position")
                .query((rs, row) -> Map.entry(rs.getString("item_code"), material(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql(ITEMS + ORDER)
                .query((rs, row) -> item(rs, materials.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    public Optional<ServiceItem> item(String code) {
        List<Material> materials = jdbc.sql("SELECT * FROM item_material WHERE item_code = ? ORDER BY position")
                .param(code).query((rs, row) -> material(rs)).list();
        return jdbc.sql(ITEMS + " WHERE code = ?").param(code).query((rs, row) -> item(rs, materials)).optional();
    }

    public List<Theme> themes() {
        return jdbc.sql("SELECT * FROM theme ORDER BY display_order, code").query((rs, row) -> new Theme(rs.getString("code"),
                rs.getString("name"), Audience.valueOf(rs.getString("audience")))).list();
    }

    public List<ItemPackage> packages() {
        Map<String, List<String>> items = jdbc.sql("SELECT * FROM package_item ORDER BY package_code, position")
                .query((rs, row) -> Map.entry(rs.getString("package_code"), rs.getString("item_code"))).list()
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT * FROM item_package ORDER BY display_order, code")
                .query((rs, row) -> new ItemPackage(rs.getString("code"), rs.getString("name"),
                        rs.getString("theme_code"), items.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    /** English names of the packages by code, empty where none was given (V60). */
    public Map<String, String> packageNamesEn() {
        return namesEn("item_package");
    }

    /** English names of the themes by code, empty where none was given (V60). */
    public Map<String, String> themeNamesEn() {
        return namesEn("theme");
    }

    private Map<String, String> namesEn(String table) {
        return jdbc.sql("SELECT code, name_en FROM " + table)
                .query((rs, row) -> Map.entry(rs.getString("code"), rs.getString("name_en"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<FormSchema> form(String code) {
        List<FormField> fields = jdbc.sql("SELECT * FROM form_field WHERE schema_code = ? ORDER BY position")
                .param(code).query((rs, row) -> new FormField(rs.getString("field_key"), rs.getString("label"),
                        FieldType.valueOf(rs.getString("field_type")), rs.getInt("required") == 1,
                        rs.getString("pattern"), rs.getInt("max_length"),
                        PrefillSource.valueOf(rs.getString("prefill"))))
                .list();
        return fields.isEmpty() ? Optional.empty() : Optional.of(new FormSchema(code, fields));
    }

    private static Material material(ResultSet rs) throws SQLException {
        return new Material(rs.getString("name"), MaterialForm.valueOf(rs.getString("form")), rs.getInt("copies"),
                MaterialSource.valueOf(rs.getString("source")), rs.getInt("sharing_exempt") == 1,
                rs.getInt("required") == 1);
    }

    private static ServiceItem item(ResultSet rs, List<Material> materials) throws SQLException {
        return new ServiceItem(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                rs.getString("department_code"), ItemType.valueOf(rs.getString("item_type")),
                new TimeLimits(CaseType.valueOf(rs.getString("case_type")), rs.getInt("legal_limit_days"),
                        rs.getInt("promised_limit_days")),
                rs.getString("acceptance_conditions"), rs.getString("process"), materials,
                new Fee(rs.getInt("fee_charged") == 1, rs.getString("fee_standard")),
                new ServicePlace(rs.getString("place_address"), rs.getString("place_hours")),
                EnumNames.parse(rs.getString("served_parties"), ServedParty.class), rs.getInt("kiosk_available") == 1,
                EnumNames.parse(rs.getString("flags"), ItemFlag.class),
                EnumNames.parse(rs.getString("required_devices"), DeviceKind.class), rs.getInt("display_order"));
    }
}
