package cn.egovkiosk.device.receipt;

/**
 * What a receipt printer model can print by itself; the rest is sent as raster images (devices.md §2.2, §2.3).
 *
 * @param nativeQr      the printer draws QR codes from GS ( k; false sends a ZXing-drawn image instead
 * @param fourByteCodes the printer prints 4-byte GB18030 codes (CJK Ext B, e.g. 𠮷); false draws such lines as images
 */
public record ReceiptPrinterProfile(boolean nativeQr, boolean fourByteCodes) {

    /** The common Chinese 80 mm printer: native QR, double-byte GB18030 only. */
    public static final ReceiptPrinterProfile STANDARD = new ReceiptPrinterProfile(true, false);
    /** A printer that prints every GB18030 code and QR itself (the bytes are sent exactly as written). */
    public static final ReceiptPrinterProfile EVERYTHING_NATIVE = new ReceiptPrinterProfile(true, true);
    /** A printer without QR support (older firmware): QR codes as images. */
    public static final ReceiptPrinterProfile NO_NATIVE_QR = new ReceiptPrinterProfile(false, false);

    /** From a configuration value: {@code native-qr=false} and {@code four-byte-codes=true} change the standard. */
    public static ReceiptPrinterProfile of(String nativeQr, String fourByteCodes) {
        return new ReceiptPrinterProfile(nativeQr == null || Boolean.parseBoolean(nativeQr.strip()),
                fourByteCodes != null && Boolean.parseBoolean(fourByteCodes.strip()));
    }
}
