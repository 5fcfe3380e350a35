package cn.egovkiosk.device.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * Raster images for printers that cannot print something natively (devices.md §2.2): text with 4-byte GB18030
 * characters drawn with Java2D, QR codes drawn from ZXing's matrix; both sent as GS v 0. Java2D draws a character no
 * installed font has as a visible box, never nothing.
 */
final class EscPosRaster {

    /** Dots across an 80 mm head at 203 dpi (72 mm printable). */
    static final int PRINTABLE_DOTS = 576;
    private static final int TEXT_DOTS = 24;

    private EscPosRaster() {
    }

    /** GS v 0 bytes of one text line, {@code heightMultiple} times the 24-dot Chinese character height. */
    static byte[] textLine(String text, int heightMultiple, boolean bold) {
        Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, TEXT_DOTS * heightMultiple);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D measuring = probe.createGraphics();
        FontMetrics metrics = measuring.getFontMetrics(font);
        measuring.dispose();
        int width = Math.clamp(metrics.stringWidth(text) + 2, 8, PRINTABLE_DOTS);
        int height = metrics.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setFont(font);
        g.drawString(text, 1, metrics.getAscent());
        g.dispose();
        return raster(width, height, (x, y) -> (image.getRGB(x, y) & 0xFFFFFF) == 0);
    }

    /** GS v 0 bytes of a QR code (with its 4-module quiet zone), {@code moduleSize} dots per module. */
    static byte[] qr(String payload, int moduleSize, EscPosReceipt.QrErrorCorrection level) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.valueOf(level.name()),
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload does not fit a QR code: " + e.getMessage(), e);
        }
        int size = Math.min(matrix.getWidth() * moduleSize, PRINTABLE_DOTS);
        int scale = Math.max(1, size / matrix.getWidth());
        int dots = matrix.getWidth() * scale;
        return raster(dots, dots, (x, y) -> matrix.get(x / scale, y / scale));
    }

    interface Dots {
        boolean black(int x, int y);
    }

    /** Packs dots row by row, eight to a byte, most significant bit leftmost (GS v 0 layout). */
    static byte[] raster(int width, int height, Dots dots) {
        int widthBytes = (width + 7) / 8;
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + widthBytes * height);
        out.writeBytes(EscPos.rasterHeader(widthBytes, height));
        for (int y = 0; y < height; y++) {
            for (int xb = 0; xb < widthBytes; xb++) {
                int packed = 0;
                for (int bit = 0; bit < 8; bit++) {
                    int x = xb * 8 + bit;
                    if (x < width && dots.black(x, y)) {
                        packed |= 0x80 >>> bit;
                    }
                }
                out.write(packed);
            }
        }
        return out.toByteArray();
    }
}
