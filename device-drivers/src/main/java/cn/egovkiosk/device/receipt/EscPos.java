package cn.egovkiosk.device.receipt;

/** The ESC/POS command bytes this module writes (devices.md §2.1–2.6). */
final class EscPos {

    static final byte ESC = 0x1B;
    static final byte GS = 0x1D;
    static final byte LF = 0x0A;

    static final byte[] INITIALISE = {ESC, '@'};
    static final byte[] CHINESE_MODE_ON = {0x1C, '&'};
    /** GS V 66 0: feed to the cutter, then cut (partial: the cut every autocutter can do). */
    static final byte[] FEED_AND_CUT = {GS, 'V', 66, 0};

    /** GS v 0 m=0 xL xH yL yH: a raster image of {@code widthBytes} * 8 dots by {@code height} dots follows. */
    static byte[] rasterHeader(int widthBytes, int height) {
        return new byte[] {GS, 'v', '0', 0, (byte) widthBytes, (byte) (widthBytes >>> 8), (byte) height,
            (byte) (height >>> 8)};
    }

    /** GS ( k with cn 49 (QR): the function {@code fn} with its parameters; pL pH count cn, fn and parameters. */
    static byte[] qrFunction(int fn, byte... parameters) {
        int length = parameters.length + 2;
        byte[] command = new byte[5 + length];
        command[0] = GS;
        command[1] = '(';
        command[2] = 'k';
        command[3] = (byte) length;
        command[4] = (byte) (length >>> 8);
        command[5] = 49;
        command[6] = (byte) fn;
        System.arraycopy(parameters, 0, command, 7, parameters.length);
        return command;
    }

    private EscPos() {
    }
}
