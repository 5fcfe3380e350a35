package cn.egovkiosk.admin.catalog.model;

import java.util.List;

/**
 * The form a resident fills for an item or a package.
 *
 * @param code   the item's or the package's code
 * @param fields the fields in display order; keys are unique
 */
public record FormSchema(String code, List<FormField> fields) {

    public FormSchema {
        fields = List.copyOf(fields);
        if (fields.stream().map(FormField::key).distinct().count() != fields.size()) {
            throw new IllegalArgumentException("form " + code + " has a field key twice");
        }
    }
}
