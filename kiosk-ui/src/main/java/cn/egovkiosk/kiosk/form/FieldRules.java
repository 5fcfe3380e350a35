package cn.egovkiosk.kiosk.form;

import cn.egovkiosk.device.idcard.IdNumbers;
import cn.egovkiosk.protocol.catalog.FormField;
import cn.egovkiosk.protocol.catalog.FormField.FieldType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks of one form field, as the schema states them (required, maxLength, pattern) plus what its type implies
 * (a real date, an ID number with a correct check character). The answer is the message key of the first problem,
 * worded for the field's type so the resident learns what to type, not just that it was wrong.
 */
public final class FieldRules {

    private static final Logger log = LoggerFactory.getLogger(FieldRules.class);
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private FieldRules() {
    }

    /**
     * The message key of what is wrong with {@code value}, empty when it is acceptable. Keys take the field's label as
     * {0} and its maxLength as {1}.
     */
    public static Optional<String> problem(FormField field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return field.required() ? Optional.of("form.error.required") : Optional.empty();
        }
        if (field.maxLength() > 0 && text.codePointCount(0, text.length()) > field.maxLength()) {
            return Optional.of("form.error.too-long");
        }
        if (!matchesPattern(field, text) || !fitsType(field.type(), text)) {
            return Optional.of("form.error.format." + field.type().name());
        }
        return Optional.empty();
    }

    private static boolean matchesPattern(FormField field, String text) {
        if (field.pattern().isEmpty()) {
            return true;
        }
        try {
            return Pattern.compile(field.pattern()).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            // a broken pattern in the catalog must not block residents; the field key says which one to fix
            log.warn("form field {} has an invalid pattern, not checked", field.key());
            return true;
        }
    }

    private static boolean fitsType(FieldType type, String text) {
        return switch (type) {
            case NUMBER, BANK_ACCOUNT -> DIGITS.matcher(text).matches();
            case PHONE -> text.matches("[0-9-]{7,13}");
            case ID_NUMBER -> IdNumbers.isValid(text);
            case DATE -> isDate(text);
            default -> true;
        };
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
