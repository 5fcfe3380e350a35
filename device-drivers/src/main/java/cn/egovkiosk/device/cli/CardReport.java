package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.idcard.ResidentIdentity;
import java.io.PrintStream;

/** A card's fields for a technician: masked as on the kiosk's screens, or all of them for test cards. */
final class CardReport {

    private CardReport() {
    }

    static void print(ResidentIdentity card, boolean reveal, CliText text, PrintStream out) {
        String hidden = text.get("card.hidden");
        if (reveal) {
            out.println(text.get("card.revealed"));
        }
        line(out, text.get("card.type"), card.cardType().name());
        line(out, text.get("card.name"), reveal ? card.name() : Masking.name(card.name()));
        if (!card.englishName().isEmpty()) {
            line(out, text.get("card.englishName"), reveal ? card.englishName() : Masking.name(card.englishName()));
        }
        line(out, text.get("card.sex"), card.sexCode());
        if (!card.nationCode().isEmpty()) {
            line(out, text.get("card.nation"), card.nationCode());
        }
        line(out, text.get("card.birthDate"), reveal ? String.valueOf(card.birthDate()) : hidden);
        line(out, text.get("card.idNumber"), (reveal ? card.idNumber() : Masking.idNumber(card.idNumber())) + " "
                + text.get(card.idNumberValid() ? "card.idNumberValid" : "card.idNumberInvalid"));
        if (!card.address().isEmpty()) {
            line(out, text.get("card.address"), reveal ? card.address() : hidden);
        }
        if (!card.appendedAddress().isEmpty()) {
            line(out, text.get("card.appendedAddress"), reveal ? card.appendedAddress() : hidden);
        }
        if (!card.issuingAuthority().isEmpty()) {
            line(out, text.get("card.issuedBy"), card.issuingAuthority());
        }
        line(out, text.get("card.valid"), text.get("card.validRange", card.validFrom(),
                card.validTo().map(String::valueOf).orElse(text.get("card.longTerm"))));
        line(out, text.get("card.photo"), text.get("card.photoBytes", card.photo().length));
    }

    private static void line(PrintStream out, String label, String value) {
        out.println(label + ": " + value);
    }
}
