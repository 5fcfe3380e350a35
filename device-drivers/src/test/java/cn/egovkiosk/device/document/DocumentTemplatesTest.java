package cn.egovkiosk.device.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.egovkiosk.device.QrImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The three documents as PDF: size, embedded font, QR decoded from the rendered page, rare characters. */
class DocumentTemplatesTest {

    private final DocumentTemplates templates = DocumentTemplates.chinese();

    @Test
    void theReceiptIs80mmWideWithADecodableQrAndAnEmbeddedSubsetFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(templates.receipt(SampleDocuments.receipt("张*")))) {
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth() / PageWriter.POINTS_PER_MM).isCloseTo(80f,
                    org.assertj.core.data.Offset.offset(0.1f));
            assertThat(QrImages.decode(render(pdf))).contains(SampleDocuments.RECEIPT_QR);
            assertThat(new PDFTextStripper().getText(pdf)).contains("办事回执", "2026-000123", "张*");
            PDFont font = page.getResources().getFont(page.getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*MicroHei.*"); // a subset tag
        }
    }

    @Test
    void theServiceGuideAndCertificateAreA4WithDecodableQr() throws IOException {
        try (PDDocument guide = Loader.loadPDF(templates.serviceGuide(SampleDocuments.guide()));
                PDDocument certificate = Loader.loadPDF(templates.certificate(SampleDocuments.certificate("张三")))) {
            for (PDDocument pdf : new PDDocument[] {guide, certificate}) {
                assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            }
            assertThat(QrImages.decode(render(guide))).contains(SampleDocuments.GUIDE_QR);
            assertThat(QrImages.decode(render(certificate))).contains(SampleDocuments.CERTIFICATE_QR);
            assertThat(new PDFTextStripper().getText(guide)).contains("办事指南", "居住证签注", "居民身份证原件");
            assertThat(new PDFTextStripper().getText(certificate)).contains("社会保险参保缴费证明", "张三");
        }
    }

    @Test
    void rareNameCharactersPrintOrFallBackVisibly() throws IOException {
        DocumentFont font = DocumentFont.system();
        assertThat(font.canShow("喆".codePointAt(0))).isTrue();
        assertThat(font.canShow("堃".codePointAt(0))).isTrue();
        assertThat(font.canShow("𠮷".codePointAt(0))).isFalse();

        try (PDDocument pdf = Loader.loadPDF(templates.certificate(SampleDocuments.certificate("𠮷田喆堃")))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("田喆堃");
            PDPage page = pdf.getPage(0);
            long images = countImages(page);
            assertThat(images).isEqualTo(1); // the 𠮷 drawn as a picture
            assertThat(QrImages.decode(render(pdf))).contains(SampleDocuments.CERTIFICATE_QR);
        }
        BufferedImage drawn = FallbackGlyphs.draw("𠮷".codePointAt(0));
        assertThat(blackPixels(drawn)).isGreaterThan(100); // a glyph or a framed U+20BB7: visible either way
    }

    @Test
    void withoutTheFontFileDocumentsAreStillMadeAndTheirQrStillDecodes() throws IOException {
        DocumentTemplates noFont = new DocumentTemplates(DocumentFont.load(Path.of("/nonexistent/font.ttc")),
                Locale.SIMPLIFIED_CHINESE);

        try (PDDocument pdf = Loader.loadPDF(noFont.receipt(SampleDocuments.receipt("张*")))) {
            assertThat(QrImages.decode(render(pdf))).contains(SampleDocuments.RECEIPT_QR);
            assertThat(countImages(pdf.getPage(0))).isGreaterThan(5);
        }
    }

    @Test
    void theFontIsParsedOnce() {
        assertThat(DocumentFont.system()).isSameAs(DocumentFont.system());
    }

    @Test
    void englishLabelsComeFromTheEnglishBundle() throws IOException {
        DocumentTemplates english = new DocumentTemplates(DocumentFont.system(), Locale.ENGLISH);
        try (PDDocument pdf = Loader.loadPDF(english.receipt(SampleDocuments.receipt("Z*")))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Application receipt");
        }
    }

    @Test
    void randomNamesNeverBreakADocument() {
        Random random = new Random(20261128L);
        int[][] ranges = {{0x20, 0x7E}, {0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0x20000, 0x2A6DF}, {0xE000, 0xF8FF},
            {0x0300, 0x036F}, {0x1F300, 0x1F5FF}, {0x0, 0x1F}};
        for (int round = 0; round < 15; round++) {
            StringBuilder name = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
                int[] range = ranges[random.nextInt(ranges.length)];
                name.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            String holder = name.toString();
            assertThatCode(() -> templates.certificate(SampleDocuments.certificate(holder)))
                    .as("round %d", round).doesNotThrowAnyException();
            assertThatCode(() -> templates.receipt(SampleDocuments.receipt(holder)))
                    .as("round %d", round).doesNotThrowAnyException();
        }
    }

    private static BufferedImage render(PDDocument pdf) throws IOException {
        return new PDFRenderer(pdf).renderImageWithDPI(0, 150);
    }

    private static long countImages(PDPage page) {
        long count = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            count++;
        }
        return count;
    }

    private static int blackPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        return count;
    }
}
