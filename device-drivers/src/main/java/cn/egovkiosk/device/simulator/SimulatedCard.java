package cn.egovkiosk.device.simulator;

import cn.egovkiosk.device.idcard.ResidentTextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A card to put in a simulated reader's field: the 256-byte text block a real card gives (UTF-16LE, space padded,
 * GA/T 490 layout) and a 1024-byte stand-in for the WLT photo. The ID number is written as given, unchecked, so
 * cards with bad numbers can be simulated too.
 */
public final class SimulatedCard {

    static final int PHOTO_LENGTH = 1024;
    /** One fingerprint template (GA/T 490); a card holds none, one or two. */
    public static final int FINGERPRINT_TEMPLATE_LENGTH = 512;
    /** One appended-address entry: 35 UTF-16 units. */
    static final int ADDRESS_ENTRY_LENGTH = 70;
    private static final int MAX_ADDRESS_ENTRIES = 4;
    private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final byte[] textBlock;
    private final byte[] photo;
    private final byte[] fingerprints;
    private final byte[] appendedAddresses;

    private SimulatedCard(byte[] textBlock, byte[] photo, byte[] fingerprints, byte[] appendedAddresses) {
        this.textBlock = textBlock;
        this.photo = photo;
        this.fingerprints = fingerprints;
        this.appendedAddresses = appendedAddresses;
    }

    private SimulatedCard(byte[] textBlock, byte[] photo) {
        this(textBlock, photo, new byte[0], new byte[0]);
    }

    /**
     * A resident ID card.
     *
     * @throws IllegalArgumentException when a field does not fit the card layout (the message names the field only)
     */
    public static SimulatedCard resident(String name, String sexCode, String nationCode, LocalDate birthDate,
            String address, String idNumber, String issuingAuthority, LocalDate validFrom,
            LocalDate validToOrNullForLongTerm) {
        byte[] block = new byte[ResidentTextField.BLOCK_LENGTH];
        ResidentTextField.NAME.write(block, name);
        ResidentTextField.SEX.write(block, sexCode);
        ResidentTextField.NATION.write(block, nationCode);
        ResidentTextField.BIRTH_DATE.write(block, CARD_DATE.format(birthDate));
        ResidentTextField.ADDRESS.write(block, address);
        ResidentTextField.ID_NUMBER.write(block, idNumber);
        ResidentTextField.ISSUING_AUTHORITY.write(block, issuingAuthority);
        ResidentTextField.VALID_FROM.write(block, CARD_DATE.format(validFrom));
        ResidentTextField.VALID_TO.write(block,
                validToOrNullForLongTerm == null ? "长期" : CARD_DATE.format(validToOrNullForLongTerm));
        // the reserved tail stays as on real cards: no type letter means a resident card
        return new SimulatedCard(block, stubPhoto(idNumber));
    }

    /** 张三, male, 汉, born 1949-12-31, GB 11643's own example number, valid 2010-01-01 to 2030-01-01. */
    public static SimulatedCard sample() {
        return resident("张三", "1", "01", LocalDate.of(1949, 12, 31), "北京市朝阳区建国路1号", "11010519491231002X",
                "北京市公安局朝阳分局", LocalDate.of(2010, 1, 1), LocalDate.of(2030, 1, 1));
    }

    /**
     * A card of any type from its raw 256-byte text block (e.g. a HK/Macau/Taiwan permit with type letter {@code J}
     * at offset 248, or a block captured from a real reader for a technician to replay) and its 1024-byte photo.
     */
    public static SimulatedCard fromTextBlock(byte[] textBlock, byte[] photo) {
        if (textBlock.length != ResidentTextField.BLOCK_LENGTH) {
            throw new IllegalArgumentException("a text block has 256 bytes, got " + textBlock.length);
        }
        if (photo.length != PHOTO_LENGTH) {
            throw new IllegalArgumentException("a card photo has 1024 bytes, got " + photo.length);
        }
        return new SimulatedCard(textBlock.clone(), photo.clone());
    }

    /**
     * This card with fingerprint templates: each byte of template {@code t} is {@code marker + t}, so a test can
     * search for them. {@code 0} templates gives a card without fingerprints.
     *
     * @throws IllegalArgumentException for more than two templates
     */
    public SimulatedCard withFingerprints(int templates, byte marker) {
        if (templates < 0 || templates > 2) {
            throw new IllegalArgumentException("a card holds 0 to 2 fingerprint templates, got " + templates);
        }
        byte[] data = new byte[templates * FINGERPRINT_TEMPLATE_LENGTH];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (marker + i / FINGERPRINT_TEMPLATE_LENGTH);
        }
        return new SimulatedCard(textBlock, photo, data, appendedAddresses);
    }

    /**
     * This card with appended-address entries in the order they were written (the last is the latest); a blank
     * entry is an unused slot. No entries gives a card without an appended address.
     *
     * @throws IllegalArgumentException for more than four entries or an entry over 35 UTF-16 units
     */
    public SimulatedCard withAppendedAddresses(String... entries) {
        if (entries.length > MAX_ADDRESS_ENTRIES) {
            throw new IllegalArgumentException("a card holds at most 4 appended addresses, got " + entries.length);
        }
        byte[] data = new byte[entries.length * ADDRESS_ENTRY_LENGTH];
        for (int i = 0; i < entries.length; i++) {
            ResidentTextField.writeText(data, i * ADDRESS_ENTRY_LENGTH, ADDRESS_ENTRY_LENGTH, entries[i],
                    "appended address");
        }
        return new SimulatedCard(textBlock, photo, fingerprints, data);
    }

    byte[] textBlock() {
        return textBlock.clone();
    }

    byte[] photo() {
        return photo.clone();
    }

    byte[] fingerprints() {
        return fingerprints.clone();
    }

    /** The appended-address file, 70 bytes per entry; empty when the card has none. */
    byte[] appendedAddresses() {
        return appendedAddresses.clone();
    }

    /** No open WLT encoder exists: a recognisable, card-specific byte pattern stands in for the photo. */
    private static byte[] stubPhoto(String seed) {
        byte[] photo = new byte[PHOTO_LENGTH];
        byte[] seedBytes = ("WLT-SIMULATED-" + seed).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < photo.length; i++) {
            photo[i] = (byte) (seedBytes[i % seedBytes.length] ^ i);
        }
        return photo;
    }

    @Override
    public String toString() {
        return "SimulatedCard[fields hidden]";
    }
}
