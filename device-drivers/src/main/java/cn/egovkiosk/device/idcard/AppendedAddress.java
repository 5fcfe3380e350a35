package cn.egovkiosk.device.idcard;

/**
 * The answer to {@code 30 03} (devices.md §1.7): the card's appended-address file, up to four 70-byte UTF-16LE entries
 * (jdzjzz1…4) written one after another as the holder moves. One SDK reads a single entry; longer answers are read
 * entry by entry and the last non-empty one is the current address.
 */
final class AppendedAddress {

    /** 35 UTF-16 units, the size of the address field on the card. */
    static final int ENTRY_LENGTH = 70;
    static final int MAX_ENTRIES = 4;

    private AppendedAddress() {
    }

    /** Whether a success answer could be an appended address: a stray answer to another command could not. */
    static boolean isPlausible(int size) {
        return size % 2 == 0 && size >= ENTRY_LENGTH && size <= ENTRY_LENGTH * MAX_ENTRIES;
    }

    /** The latest non-empty entry, or an empty string when every entry is blank. */
    static String latest(byte[] data) {
        String latest = "";
        for (int from = 0; from + 1 < data.length; from += ENTRY_LENGTH) {
            int length = Math.min(ENTRY_LENGTH, data.length - from) & ~1;
            String entry = ResidentTextField.readText(data, from, length);
            if (!entry.isEmpty()) {
                latest = entry;
            }
        }
        return latest;
    }
}
