package cn.egovkiosk.admin.catalog.editor;

import cn.egovkiosk.admin.catalog.model.CaseType;
import cn.egovkiosk.admin.catalog.model.FormField;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a service item must satisfy before it is stored. The form checks each rule beside its field; the service
 * checks them all again, so that nothing reaches the draft around the form. Each problem is a message key.
 */
final class ItemRules {

    /** 实施编码: the department's 18-character credit code, then the item's 4 to 20 digits. */
    static final Pattern CODE = Pattern.compile("[0-9A-Z]{18}[0-9]{4,20}");
    /** A form field's key in a submission's form map. */
    static final Pattern FIELD_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,39}");
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 4000;
    static final int MAX_LIMIT_DAYS = 365;

    private ItemRules() {
    }

    static boolean validCode(String code) {
        return code != null && CODE.matcher(code.strip()).matches();
    }

    static boolean validPattern(String pattern) {
        try {
            Pattern.compile(pattern == null ? "" : pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** The first problem of the item and its form, empty when both may be stored. */
    static Optional<String> problem(ServiceItem item, FormSchema form, String departmentCreditCode) {
        if (!validCode(item.code())) {
            return Optional.of("catalog.item.code.invalid");
        }
        if (departmentCreditCode == null) {
            return Optional.of("catalog.item.department.required");
        }
        if (!item.code().startsWith(departmentCreditCode)) {
            return Optional.of("catalog.item.code.department");
        }
        if (item.name().isBlank() || item.name().length() > MAX_NAME || item.nameEn().isBlank()
                || item.nameEn().length() > 2 * MAX_NAME) {
            return Optional.of("catalog.item.name.required");
        }
        if (item.limits().legalDays() > MAX_LIMIT_DAYS) {
            return Optional.of("catalog.item.limits.range");
        }
        if (item.limits().caseType() == CaseType.PROMISED && item.limits().promisedDays() == 0) {
            return Optional.of("catalog.item.promised.required");
        }
        if (item.fee().charged() && item.fee().standard().isBlank()) {
            return Optional.of("catalog.item.fee.required");
        }
        if (item.acceptanceConditions().length() > MAX_TEXT || item.process().length() > MAX_TEXT) {
            return Optional.of("catalog.item.text.tooLong");
        }
        if (item.materials().stream().anyMatch(m -> m.name().isBlank() || m.copies() < 0)) {
            return Optional.of("catalog.material.name.required");
        }
        for (FormField field : form.fields()) {
            if (!FIELD_KEY.matcher(field.key()).matches()) {
                return Optional.of("catalog.field.key.invalid");
            }
            if (field.label().isBlank() || field.maxLength() < 1 || !validPattern(field.pattern())) {
                return Optional.of("catalog.field.invalid");
            }
        }
        return Optional.empty();
    }
}
