package cn.egovkiosk.kiosk.everify;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Someone the simulated issuing service knows, as the real service knows every resident behind an e-ID. Personal
 * information: {@link #toString()} shows none of it.
 *
 * @param name      the name
 * @param idNumber  the citizen identity number
 * @param birthDate the date of birth
 */
public record EidHolder(String name, String idNumber, LocalDate birthDate) {

    public EidHolder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
    }

    @Override
    public String toString() {
        return "EidHolder[fields hidden]";
    }
}
