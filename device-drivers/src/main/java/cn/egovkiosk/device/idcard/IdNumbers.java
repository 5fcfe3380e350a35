package cn.egovkiosk.device.idcard;

/** GB 11643-1999 citizen identity numbers. */
public final class IdNumbers {

    private IdNumbers() {
    }

    /** True for an 18-character number with a correct MOD 11-2 check character and a real birth date. */
    public static boolean isValid(String number) {
        throw new UnsupportedOperationException("not yet");
    }
}
