package cn.egovkiosk.kiosk.form;

import cn.egovkiosk.kiosk.identity.VerifiedIdentity;
import cn.egovkiosk.protocol.catalog.FormField;
import cn.egovkiosk.protocol.catalog.FormField.PrefillSource;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 一次采集、多次复用: the value a field takes from the identity read once in this session. Name, number and birth date
 * are the document's and cannot be changed on the form; an address is offered but may be corrected.
 */
public final class Prefill {

    private Prefill() {
    }

    /** The identity's value for the field, empty when the field is typed or the identity has no such value. */
    public static Optional<String> value(FormField field, VerifiedIdentity identity) {
        String value = switch (field.prefill()) {
            case ID_CARD_NAME -> identity.name();
            case ID_CARD_NUMBER -> identity.idNumber();
            case ID_CARD_ADDRESS -> identity.address();
            case ID_CARD_BIRTH_DATE -> identity.birthDate().map(LocalDate::toString).orElse("");
            case NONE -> "";
        };
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Whether the resident may not change a pre-filled value (it is the document's own). */
    public static boolean fixed(FormField field) {
        return field.prefill() != PrefillSource.NONE && field.prefill() != PrefillSource.ID_CARD_ADDRESS;
    }
}
