package cn.egovkiosk.admin.catalog.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "一表申请、一套材料": a package's items asked for as one form and one list of materials. A field or a material
 * that several items ask for appears once; a material counts as required and as brought by the applicant if any
 * item needs it so.
 */
public final class PackageMerge {

    private PackageMerge() {
    }

    /** One form: the items' fields in order of first appearance, each key once. */
    public static FormSchema form(ItemPackage pack, List<FormSchema> itemForms) {
        return form(pack.code(), itemForms);
    }

    /** One form under the package code, for a package still being edited (and so perhaps not yet valid). */
    public static FormSchema form(String packageCode, List<FormSchema> itemForms) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        itemForms.forEach(form -> form.fields().forEach(field -> fields.merge(field.key(), field,
                (first, later) -> first.required() || !later.required() ? first : later)));
        return new FormSchema(packageCode, new ArrayList<>(fields.values()));
    }

    /** One list of materials: by name, each once, with the largest number of copies any item asks for. */
    public static List<Material> materials(List<ServiceItem> items) {
        Map<String, Material> merged = new LinkedHashMap<>();
        items.forEach(item -> item.materials().forEach(material -> merged.merge(material.name(), material,
                (a, b) -> new Material(a.name(), a.form(), Math.max(a.copies(), b.copies()), a.source(),
                        a.sharingExempt() && b.sharingExempt(), a.required() || b.required()))));
        return List.copyOf(merged.values());
    }
}
