package cn.egovkiosk.admin.catalog.model;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the catalog model. Every write replaces what was stored under the same code, so writing the same thing
 * twice leaves the database as after the first time. Call inside a transaction: an item and its materials belong
 * together.
 */
public final class CatalogWriter {

    private final JdbcClient jdbc;

    public CatalogWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void department(Department department) {
        jdbc.sql("""
                INSERT INTO department (code, name, name_en, credit_code) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
                    credit_code = excluded.credit_code""")
                .params(department.code(), department.name(), department.nameEn(), department.creditCode()).update();
    }

    public void item(ServiceItem item) {
        jdbc.sql("""
                INSERT INTO catalog_item (code, name, name_en, department_code, flags, required_devices, display_order,
                    item_type, case_type, legal_limit_days, promised_limit_days, acceptance_conditions, process,
                    fee_charged, fee_standard, place_address, place_hours, served_parties, kiosk_available)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
                    department_code = excluded.department_code, flags = excluded.flags,
                    required_devices = excluded.required_devices, display_order = excluded.display_order,
                    item_type = excluded.item_type, case_type = excluded.case_type,
                    legal_limit_days = excluded.legal_limit_days, promised_limit_days = excluded.promised_limit_days,
                    acceptance_conditions = excluded.acceptance_conditions, process = excluded.process,
                    fee_charged = excluded.fee_charged, fee_standard = excluded.fee_standard,
                    place_address = excluded.place_address, place_hours = excluded.place_hours,
                    served_parties = excluded.served_parties, kiosk_available = excluded.kiosk_available""")
                .params(item.code(), item.name(), item.nameEn(), item.departmentCode(), EnumNames.of(item.flags()),
                        EnumNames.of(item.requiredDevices()), item.displayOrder(), item.type().name(),
                        item.limits().caseType().name(), item.limits().legalDays(), item.limits().promisedDays(),
                        item.acceptanceConditions(), item.process(), bit(item.fee().charged()), item.fee().standard(),
                        item.place().address(), item.place().hours(), EnumNames.of(item.servedParties()),
                        bit(item.kioskAvailable()))
                .update();
        jdbc.sql("DELETE FROM item_material WHERE item_code = ?").param(item.code()).update();
        List<Material> materials = item.materials();
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            jdbc.sql("""
                    INSERT INTO item_material (item_code, position, name, form, copies, source, sharing_exempt,
                        required) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(item.code(), i + 1, m.name(), m.form().name(), m.copies(), m.source().name(),
                            bit(m.sharingExempt()), bit(m.required()))
                    .update();
        }
    }

    public void form(FormSchema form) {
        jdbc.sql("DELETE FROM form_field WHERE schema_code = ?").param(form.code()).update();
        List<FormField> fields = form.fields();
        for (int i = 0; i < fields.size(); i++) {
            FormField f = fields.get(i);
            jdbc.sql("""
                    INSERT INTO form_field (schema_code, position, field_key, label, field_type, required, pattern,
                        max_length, prefill) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(form.code(), i + 1, f.key(), f.label(), f.type().name(), bit(f.required()), f.pattern(),
                            f.maxLength(), f.prefill().name())
                    .update();
        }
    }

    public void theme(Theme theme) {
        jdbc.sql("""
                INSERT INTO theme (code, name, audience) VALUES (?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, audience = excluded.audience""")
                .params(theme.code(), theme.name(), theme.audience().name()).update();
    }

    public void itemPackage(ItemPackage pack, int displayOrder) {
        jdbc.sql("""
                INSERT INTO item_package (code, name, theme_code, display_order) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, theme_code = excluded.theme_code,
                    display_order = excluded.display_order""")
                .params(pack.code(), pack.name(), pack.themeCode(), displayOrder).update();
        jdbc.sql("DELETE FROM package_item WHERE package_code = ?").param(pack.code()).update();
        for (int i = 0; i < pack.itemCodes().size(); i++) {
            jdbc.sql("INSERT INTO package_item (package_code, position, item_code) VALUES (?, ?, ?)")
                    .params(pack.code(), i + 1, pack.itemCodes().get(i)).update();
        }
    }

    private static int bit(boolean value) {
        return value ? 1 : 0;
    }
}
