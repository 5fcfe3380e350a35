package cn.egovkiosk.device.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Chinese font documents are set in: Debian's WenQuanYi Micro Hei (Apache-2.0, package fonts-wqy-microhei), a
 * TrueType collection. Parsed once per JVM (a cold parse costs about 250 ms, device-stack-notes.md) and embedded as a
 * subset into each document. A collection must be opened through {@link TrueTypeCollection}: PDFBox cannot load a
 * .ttc as a file. Characters the font lacks (e.g. 𠮷, CJK Ext B) are answered by {@link #canShow(int)} so that the
 * page writer draws them another way instead of letting PDFBox throw.
 */
public final class DocumentFont {

    /** Where Debian installs the font. */
    public static final Path WQY_MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final String FACE = "WenQuanYi Micro Hei";
    private static final Logger log = LoggerFactory.getLogger(DocumentFont.class);
    private static final AtomicReference<DocumentFont> SYSTEM = new AtomicReference<>();

    private final TrueTypeFont face;
    private final CmapLookup cmap;

    private DocumentFont(TrueTypeFont face, CmapLookup cmap) {
        this.face = face;
        this.cmap = cmap;
    }

    /**
     * The system font, parsed on first use and kept. Never throws: without the font file every character is drawn by
     * the fallback.
     */
    public static DocumentFont system() {
        DocumentFont font = SYSTEM.get();
        if (font == null) {
            font = load(WQY_MICROHEI);
            if (!SYSTEM.compareAndSet(null, font)) {
                font = SYSTEM.get();
            }
        }
        return font;
    }

    /** The Micro Hei face of a collection (or the only face of a .ttf) at this path; unreadable ⇒ no font. */
    static DocumentFont load(Path path) {
        if (!Files.isReadable(path)) {
            log.warn("document font {} is missing: Chinese text falls back to images", path);
            return new DocumentFont(null, null);
        }
        try {
            TrueTypeFont face;
            if (path.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                // the collection stays open for the life of the JVM: subsetting reads glyphs from it
                face = firstFace(new TrueTypeCollection(path.toFile()));
            } else {
                face = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            }
            if (face == null) {
                throw new IOException("no face named " + FACE);
            }
            return new DocumentFont(face, face.getUnicodeCmapLookup());
        } catch (IOException e) {
            log.warn("document font {} cannot be read ({}): Chinese text falls back to images", path, e.getMessage());
            return new DocumentFont(null, null);
        }
    }

    /** The proportional Micro Hei face (PostScript name WenQuanYiMicroHei), else the collection's first face. */
    private static TrueTypeFont firstFace(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] chosen = new TrueTypeFont[2];
        collection.processAllFonts(candidate -> {
            String name = candidate.getName();
            if (chosen[0] == null && name != null && name.replace(" ", "").equalsIgnoreCase(FACE.replace(" ", ""))) {
                chosen[0] = candidate;
            }
            if (chosen[1] == null) {
                chosen[1] = candidate;
            }
        });
        return chosen[0] != null ? chosen[0] : chosen[1];
    }

    /** True when the font has a glyph for this code point. */
    public boolean canShow(int codePoint) {
        return cmap != null && cmap.getGlyphId(codePoint) > 0;
    }

    boolean available() {
        return face != null;
    }

    /** The font as a subset embedded in {@code document}, or null without a font. */
    PDFont embedIn(PDDocument document) throws IOException {
        return face == null ? null : PDType0Font.load(document, face, true);
    }

    /** The lock under which documents are made: one parsed font is not safe for concurrent subsetting. */
    Object lock() {
        return this;
    }
}
