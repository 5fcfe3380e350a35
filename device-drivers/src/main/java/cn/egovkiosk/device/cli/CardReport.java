package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.idcard.ResidentIdentity;
import java.io.PrintStream;

/** A card's fields for a technician: masked as on the kiosk's screens, or all of them for test cards. */
final class CardReport {

    private static final String HIDDEN = "(hidden; --reveal shows it on test cards)";

    private CardReport() {
    }

    static void print(ResidentIdentity card, boolean reveal, PrintStream out) {
        if (reveal) {
            out.println("REVEALED: every field is shown. Use --reveal with test cards only.");
        }
        line(out, "card type", card.cardType().name());
        line(out, "name", reveal ? card.name() : Masking.name(card.name()));
        if (!card.englishName().isEmpty()) {
            line(out, "english name", reveal ? card.englishName() : Masking.name(card.englishName()));
        }
        line(out, "sex code", card.sexCode());
        if (!card.nationCode().isEmpty()) {
            line(out, "nation code", card.nationCode());
        }
        line(out, "birth date", reveal ? String.valueOf(card.birthDate()) : HIDDEN);
        line(out, "ID number", (reveal ? card.idNumber() : Masking.idNumber(card.idNumber()))
                + (card.idNumberValid() ? " (check digit valid)" : " (INVALID: check digit or birth date wrong)"));
        if (!card.address().isEmpty()) {
            line(out, "address", reveal ? card.address() : HIDDEN);
        }
        if (!card.issuingAuthority().isEmpty()) {
            line(out, "issued by", card.issuingAuthority());
        }
        line(out, "valid", card.validFrom() + " to " + card.validTo().map(String::valueOf).orElse("长期 (long-term)"));
        line(out, "photo", card.photo().length + " bytes WLT (not decoded)");
    }

    private static void line(PrintStream out, String label, String value) {
        out.printf("%-13s %s%n", label + ":", value);
    }
}
