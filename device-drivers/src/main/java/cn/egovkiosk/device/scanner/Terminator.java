package cn.egovkiosk.device.scanner;

/** What ends each code on a serial scanner's line (devices.md §3.1: CR or CR LF, vendor-configurable). */
public enum Terminator {
    CR(new byte[] {'\r'}),
    LF(new byte[] {'\n'}),
    CR_LF(new byte[] {'\r', '\n'});

    private final byte[] bytes;

    Terminator(byte[] bytes) {
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@code CR}, {@code LF}, {@code CRLF} or {@code CR_LF}, any case. */
    public static Terminator parse(String text) {
        String key = text.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "_");
        return switch (key) {
            case "CR" -> CR;
            case "LF" -> LF;
            case "CRLF", "CR_LF" -> CR_LF;
            default -> throw new IllegalArgumentException("terminator must be CR, LF or CRLF, got " + text.strip());
        };
    }
}
