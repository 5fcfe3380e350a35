package cn.egovkiosk.device.simulator;

import java.time.LocalDate;

/** A card to put in a simulated reader's field. */
public final class SimulatedCard {

    private SimulatedCard() {
    }

    public static SimulatedCard resident(String name, String sexCode, String nationCode, LocalDate birthDate,
            String address, String idNumber, String issuingAuthority, LocalDate validFrom,
            LocalDate validToOrNullForLongTerm) {
        throw new UnsupportedOperationException("not yet");
    }

    public static SimulatedCard sample() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public String toString() {
        return "SimulatedCard[fields hidden]";
    }
}
