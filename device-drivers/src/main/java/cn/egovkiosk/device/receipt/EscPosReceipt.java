package cn.egovkiosk.device.receipt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A finished receipt as ESC/POS bytes for an 80 mm printer: GB18030 text in Chinese mode, native QR (model 2), a
 * feed-and-cut at the end. Receipts hold personal data only masked (see PersonalDataMask); {@link #toString()} shows
 * the size only.
 */
public final class EscPosReceipt {

    /** Horizontal alignment (ESC a). */
    public enum Alignment {
        LEFT, CENTER, RIGHT
    }

    /** QR error-correction level (GS ( k function 169): about 7, 15, 25 and 30 percent restorable. */
    public enum QrErrorCorrection {
        L, M, Q, H
    }

    static final Charset GB18030 = Charset.forName("GB18030");
    /** Function 180 allows pL + 256 pH up to 7092, i.e. 7089 data bytes (smaller on some printers). */
    static final int MAX_QR_BYTES = 7089;

    private final byte[] bytes;

    private EscPosReceipt(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * A builder that sends everything natively ({@link ReceiptPrinterProfile#EVERYTHING_NATIVE}); drivers of real
     * printers pass their configured profile to {@link #builder(ReceiptPrinterProfile)} instead.
     */
    public static Builder builder() {
        return new Builder(ReceiptPrinterProfile.EVERYTHING_NATIVE);
    }

    /**
     * A builder that starts with ESC @ (initialise) and FS &amp; (Chinese mode, off at power-up on some models) and
     * draws as images what this printer cannot print.
     */
    public static Builder builder(ReceiptPrinterProfile profile) {
        return new Builder(profile);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * True when the text holds a character that GB18030 encodes in four bytes (CJK Extension B and beyond, e.g. 𠮷).
     * Many receipt printers print only the double-byte area (devices.md §2.2): such text needs another way, e.g.
     * masking that character.
     */
    public static boolean needsFourByteCodes(String text) {
        return text.codePoints().anyMatch(c -> Character.toString(c).getBytes(GB18030).length > 2);
    }

    @Override
    public String toString() {
        return "EscPosReceipt[" + bytes.length + " bytes]";
    }

    /** Appends commands and text in print order. Bad arguments are refused with IllegalArgumentException. */
    public static final class Builder {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ReceiptPrinterProfile profile;
        private int heightMultiple = 1;
        private boolean bold;

        private Builder(ReceiptPrinterProfile profile) {
            this.profile = profile;
            out.writeBytes(EscPos.INITIALISE);
            out.writeBytes(EscPos.CHINESE_MODE_ON);
        }

        public Builder align(Alignment alignment) {
            return command(EscPos.ESC, 'a', alignment.ordinal());
        }

        public Builder bold(boolean on) {
            bold = on;
            return command(EscPos.ESC, 'E', on ? 1 : 0);
        }

        /** Character size (GS !), 1 to 8 times in each direction; applies to Chinese characters too. */
        public Builder size(int widthMultiple, int heightMultiple) {
            if (widthMultiple < 1 || widthMultiple > 8 || heightMultiple < 1 || heightMultiple > 8) {
                throw new IllegalArgumentException("character size multiples must be 1 to 8, got " + widthMultiple
                        + "x" + heightMultiple);
            }
            this.heightMultiple = heightMultiple;
            return command(EscPos.GS, '!', (widthMultiple - 1) << 4 | (heightMultiple - 1));
        }

        /** Text in GB18030, without a line end; control characters are refused, since they would be commands. */
        public Builder text(String text) {
            checkText(text);
            out.writeBytes(text.getBytes(GB18030));
            return this;
        }

        private static void checkText(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isISOControl(text.charAt(i))) {
                    throw new IllegalArgumentException("receipt text holds a control character at index " + i);
                }
            }
        }

        /**
         * Text and a line feed, which prints the line. A line with 4-byte GB18030 characters goes as a raster image
         * to a printer that cannot print them (the text before it on the same line, if any, is printed first).
         */
        public Builder line(String text) {
            if (!profile.fourByteCodes() && needsFourByteCodes(text)) {
                checkText(text);
                out.writeBytes(EscPosRaster.textLine(text, heightMultiple, bold));
                return this;
            }
            text(text);
            out.write(EscPos.LF);
            return this;
        }

        /**
         * A CODE128 barcode (code set B) with its text below, {@code height} dots tall (1 to 255).
         *
         * @param data printable ASCII, 1 to 250 characters
         */
        public Builder barcode(String data, int height) {
            if (data.isEmpty() || data.length() > 250 || !data.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("CODE128 takes 1 to 250 printable ASCII characters");
            }
            if (height < 1 || height > 255) {
                throw new IllegalArgumentException("barcode height must be 1 to 255 dots, got " + height);
            }
            command(EscPos.GS, 'H', 2);
            command(EscPos.GS, 'h', height);
            command(EscPos.GS, 'w', 2);
            byte[] ascii = ("{B" + data).getBytes(StandardCharsets.US_ASCII);
            out.writeBytes(new byte[] {EscPos.GS, 'k', 73, (byte) ascii.length});
            out.writeBytes(ascii);
            out.write(EscPos.LF);
            return this;
        }

        /** Prints the buffer and feeds {@code lines} lines (ESC d), 0 to 255. */
        public Builder feed(int lines) {
            if (lines < 0 || lines > 255) {
                throw new IllegalArgumentException("feed takes 0 to 255 lines, got " + lines);
            }
            return command(EscPos.ESC, 'd', lines);
        }

        /** A native QR code (model 2, module size 6, level M) of the payload's UTF-8 bytes. */
        public Builder qr(String payload) {
            return qr(payload, 6, QrErrorCorrection.M);
        }

        /**
         * A native QR code, model 2. The store-data length counts the payload's UTF-8 bytes, not its characters.
         *
         * @param moduleSize dot size of one module, 1 to 8 (the range every printer model accepts)
         */
        public Builder qr(String payload, int moduleSize, QrErrorCorrection errorCorrection) {
            byte[] data = payload.getBytes(StandardCharsets.UTF_8);
            if (data.length == 0 || data.length > MAX_QR_BYTES) {
                throw new IllegalArgumentException("QR payload must have 1 to " + MAX_QR_BYTES + " bytes, got "
                        + data.length);
            }
            if (moduleSize < 1 || moduleSize > 8) {
                throw new IllegalArgumentException("QR module size must be 1 to 8, got " + moduleSize);
            }
            if (!profile.nativeQr()) {
                out.writeBytes(EscPosRaster.qr(payload, moduleSize, errorCorrection));
                return this;
            }
            out.writeBytes(EscPos.qrFunction(65, (byte) '2', (byte) 0));
            out.writeBytes(EscPos.qrFunction(67, (byte) moduleSize));
            out.writeBytes(EscPos.qrFunction(69, (byte) ('0' + errorCorrection.ordinal())));
            byte[] store = new byte[1 + data.length];
            store[0] = '0';
            System.arraycopy(data, 0, store, 1, data.length);
            out.writeBytes(EscPos.qrFunction(80, store));
            out.writeBytes(EscPos.qrFunction(81, (byte) '0'));
            return this;
        }

        /** Feeds the paper to the cutter and cuts (GS V 66 0). Ends one job for the printer and its simulator. */
        public Builder cut() {
            out.writeBytes(EscPos.FEED_AND_CUT);
            return this;
        }

        public EscPosReceipt build() {
            return new EscPosReceipt(out.toByteArray());
        }

        private Builder command(byte prefix, char code, int parameter) {
            out.write(prefix);
            out.write(code);
            out.write(parameter);
            return this;
        }
    }
}
