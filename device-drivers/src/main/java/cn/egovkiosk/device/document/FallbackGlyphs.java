package cn.egovkiosk.device.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Characters the embedded font lacks, as small images for one document: drawn by Java2D with any installed font that
 * has the glyph, or else as a framed box with the code point (U+20BB7), so a rare name character is never dropped
 * silently and never crashes the document.
 */
final class FallbackGlyphs {

    private static final int PIXELS = 96;
    /** Java2D's logical serif font: fontconfig falls back through every installed font for a glyph. */
    private static final Font GLYPH_FONT = new Font(Font.SERIF, Font.PLAIN, PIXELS * 7 / 8);
    private static final Font CODE_FONT = new Font(Font.MONOSPACED, Font.PLAIN, PIXELS / 5);

    private final PDDocument document;
    private final Map<Integer, PDImageXObject> images = new HashMap<>();

    FallbackGlyphs(PDDocument document) {
        this.document = document;
    }

    PDImageXObject image(int codePoint) throws IOException {
        PDImageXObject image = images.get(codePoint);
        if (image == null) {
            image = LosslessFactory.createFromImage(document, draw(codePoint));
            images.put(codePoint, image);
        }
        return image;
    }

    static BufferedImage draw(int codePoint) {
        BufferedImage image = new BufferedImage(PIXELS, PIXELS, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, PIXELS, PIXELS);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (GLYPH_FONT.canDisplay(codePoint)) {
            g.setFont(GLYPH_FONT);
            g.drawString(Character.toString(codePoint), 2, PIXELS * 5 / 6);
        } else {
            g.drawRect(4, 4, PIXELS - 9, PIXELS - 9);
            g.setFont(CODE_FONT);
            String hex = Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
            g.drawString("U+", 12, PIXELS / 2 - 4);
            g.drawString(hex, 12, PIXELS / 2 + PIXELS / 5);
        }
        g.dispose();
        return image;
    }
}
