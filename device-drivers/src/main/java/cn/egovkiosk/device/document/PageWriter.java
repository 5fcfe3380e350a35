package cn.egovkiosk.device.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes one page top to bottom: lines of Chinese text (wrapped, aligned), QR codes as vector squares (crisp at any
 * resolution), rules and gaps. Characters the font lacks are drawn through {@link FallbackGlyphs}; nothing here
 * throws for text content.
 */
final class PageWriter implements AutoCloseable {

    /** Horizontal placement within the margins. */
    enum Align { LEFT, CENTER, RIGHT }

    static final float POINTS_PER_MM = 72f / 25.4f;

    private final PDDocument document;
    private final DocumentFont font;
    private final PDFont pdFont;
    private final FallbackGlyphs fallback;
    private final PDRectangle size;
    private final float margin;
    private final PDPageContentStream content;
    private float cursor;

    PageWriter(PDDocument document, DocumentFont font, PDRectangle size, float margin) throws IOException {
        this.document = document;
        this.font = font;
        this.pdFont = font.embedIn(document);
        this.fallback = new FallbackGlyphs(document);
        this.size = size;
        this.margin = margin;
        PDPage page = new PDPage(size);
        document.addPage(page);
        this.content = new PDPageContentStream(document, page);
        this.cursor = size.getHeight() - margin;
    }

    static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    float width() {
        return size.getWidth() - 2 * margin;
    }

    /** One or more lines (wrapped at the margins) in {@code points} size; the cursor moves below them. */
    void text(String text, float points, Align align) throws IOException {
        for (String line : wrap(text, points, width())) {
            cursor -= points * 1.45f;
            float lineWidth = textWidth(line, points);
            float x = switch (align) {
                case LEFT -> margin;
                case CENTER -> margin + (width() - lineWidth) / 2;
                case RIGHT -> margin + width() - lineWidth;
            };
            show(line, x, cursor, points);
        }
    }

    /** A label and its value on one line, the value wrapped under itself. */
    void field(String label, String value, float points, float labelWidth) throws IOException {
        List<String> lines = wrap(value, points, width() - labelWidth);
        cursor -= points * 1.45f;
        show(label, margin, cursor, points);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                cursor -= points * 1.45f;
            }
            show(lines.get(i), margin + labelWidth, cursor, points);
        }
    }

    void gap(float points) {
        cursor -= points;
    }

    void rule() throws IOException {
        cursor -= 4;
        content.setLineWidth(0.6f);
        content.moveTo(margin, cursor);
        content.lineTo(size.getWidth() - margin, cursor);
        content.stroke();
        cursor -= 2;
    }

    /** A QR code {@code side} points wide (quiet zone included), UTF-8, error level M. */
    void qr(String payload, float side, Align align) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload does not fit a QR code", e);
        }
        float module = side / matrix.getWidth();
        float left = switch (align) {
            case LEFT -> margin;
            case CENTER -> margin + (width() - side) / 2;
            case RIGHT -> margin + width() - side;
        };
        float top = cursor;
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < matrix.getWidth() && matrix.get(run, y)) {
                    run++;
                }
                content.addRect(left + x * module, top - (y + 1) * module, (run - x) * module, module);
                x = run;
            }
        }
        content.fill();
        cursor -= side;
    }

    float cursor() {
        return cursor;
    }

    /** Lines that fit {@code maxWidth}, broken between characters (Chinese has no spaces to break at). */
    List<String> wrap(String text, float points, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float width = 0;
        for (int cp : text.codePoints().toArray()) {
            float w = charWidth(cp, points);
            if (width + w > maxWidth && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.appendCodePoint(cp);
            width += w;
        }
        lines.add(line.toString());
        return lines;
    }

    float textWidth(String text, float points) throws IOException {
        float width = 0;
        for (int cp : text.codePoints().toArray()) {
            width += charWidth(cp, points);
        }
        return width;
    }

    byte[] finish() throws IOException {
        content.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private float charWidth(int codePoint, float points) throws IOException {
        if (shownByFont(codePoint)) {
            return pdFont.getStringWidth(Character.toString(codePoint)) / 1000f * points;
        }
        return Character.isWhitespace(codePoint) ? points / 3 : points;
    }

    private boolean shownByFont(int codePoint) {
        return pdFont != null && font.canShow(codePoint);
    }

    /** Runs of characters the font has go out as text; each other character as its fallback image. */
    private void show(String text, float x, float baseline, float points) throws IOException {
        StringBuilder run = new StringBuilder();
        float pen = x;
        for (int cp : text.codePoints().toArray()) {
            if (shownByFont(cp)) {
                run.appendCodePoint(cp);
                continue;
            }
            pen = flush(run, pen, baseline, points);
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp)) {
                content.drawImage(fallback.image(cp), pen, baseline - points * 0.15f, points, points);
            }
            pen += charWidth(cp, points);
        }
        flush(run, pen, baseline, points);
    }

    private float flush(StringBuilder run, float pen, float baseline, float points) throws IOException {
        if (run.isEmpty()) {
            return pen;
        }
        String text = run.toString();
        content.beginText();
        content.setFont(pdFont, points);
        content.newLineAtOffset(pen, baseline);
        content.showText(text);
        content.endText();
        run.setLength(0);
        return pen + textWidth(text, points);
    }
}
