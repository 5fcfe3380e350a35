package cn.egovkiosk.device.document;

import cn.egovkiosk.device.document.PageWriter.Align;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The kiosk's printed documents as PDF: the 80 mm receipt, the A4 service guide (办事指南) and the A4 certificate, each
 * with a QR code. Labels come from the {@code templates} message bundle (Chinese by default); the content records hold
 * what varies. One instance per kiosk: the font is parsed once and reused, documents are made one at a time.
 */
public final class DocumentTemplates {

    /** An 80 mm roll; the page is as long as the receipt needs. */
    static final float RECEIPT_WIDTH = PageWriter.mm(80);

    private final DocumentFont font;
    private final ResourceBundle labels;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public DocumentTemplates(DocumentFont font, Locale locale) {
        this.font = font;
        this.labels = ResourceBundle.getBundle("cn.egovkiosk.device.document.templates", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern(labels.getString("date.format"), locale);
        this.dateTime = DateTimeFormatter.ofPattern(labels.getString("dateTime.format"), locale);
    }

    /** Chinese labels, the system font. */
    public static DocumentTemplates chinese() {
        return new DocumentTemplates(DocumentFont.system(), Locale.SIMPLIFIED_CHINESE);
    }

    /** The receipt on an 80 mm wide page. */
    public byte[] receipt(ReceiptContent receipt) {
        float margin = PageWriter.mm(4);
        float qrSide = PageWriter.mm(40);
        return write(new PDRectangle(RECEIPT_WIDTH, receiptHeight(receipt, margin, qrSide)), margin,
                page -> {
                    page.text(label("receipt.title"), 15, Align.CENTER);
                    page.rule();
                    page.text(label("receipt.tracking") + receipt.trackingNumber(), 9, Align.LEFT);
                    page.text(label("receipt.applicant") + receipt.applicantMasked(), 9, Align.LEFT);
                    page.text(label("receipt.item") + receipt.itemName(), 9, Align.LEFT);
                    page.text(label("receipt.department") + receipt.department(), 9, Align.LEFT);
                    page.text(label("receipt.acceptedAt") + dateTime.format(receipt.acceptedAt()), 9, Align.LEFT);
                    for (String note : receipt.notes()) {
                        page.text(note, 8, Align.LEFT);
                    }
                    page.gap(6);
                    page.qr(receipt.qrPayload(), qrSide, Align.CENTER);
                    page.text(label("receipt.scan"), 8, Align.CENTER);
                });
    }

    /** The service guide on A4. */
    public byte[] serviceGuide(ServiceGuideContent guide) {
        return write(PDRectangle.A4, PageWriter.mm(20), page -> {
            page.text(label("guide.title"), 20, Align.CENTER);
            page.text(guide.itemName(), 15, Align.CENTER);
            page.rule();
            float labelWidth = PageWriter.mm(28);
            page.field(label("guide.department"), guide.department(), 11, labelWidth);
            page.field(label("guide.timeLimit"), guide.timeLimit(), 11, labelWidth);
            page.field(label("guide.fees"), guide.fees(), 11, labelWidth);
            page.field(label("guide.place"), guide.place(), 11, labelWidth);
            numbered(page, label("guide.conditions"), guide.conditions(), labelWidth);
            numbered(page, label("guide.materials"), guide.materials(), labelWidth);
            page.gap(12);
            page.qr(guide.qrPayload(), PageWriter.mm(35), Align.RIGHT);
            page.text(label("guide.scan"), 9, Align.RIGHT);
        });
    }

    /** The certificate on A4. */
    public byte[] certificate(CertificateContent certificate) {
        return write(PDRectangle.A4, PageWriter.mm(25), page -> {
            page.gap(PageWriter.mm(10));
            page.text(certificate.title(), 22, Align.CENTER);
            page.text(label("certificate.number") + certificate.number(), 10, Align.RIGHT);
            page.rule();
            page.gap(8);
            float labelWidth = PageWriter.mm(40);
            page.field(label("certificate.holder"), certificate.holderName(), 12, labelWidth);
            page.field(label("certificate.idNumber"), certificate.holderIdMasked(), 12, labelWidth);
            for (CertificateContent.Field field : certificate.fields()) {
                page.field(field.label(), field.value(), 12, labelWidth);
            }
            page.gap(PageWriter.mm(15));
            page.text(label("certificate.issuer") + certificate.issuer(), 12, Align.RIGHT);
            page.text(label("certificate.issuedOn") + date.format(certificate.issuedOn()), 12, Align.RIGHT);
            page.gap(PageWriter.mm(10));
            page.qr(certificate.verificationUrl(), PageWriter.mm(35), Align.LEFT);
            page.text(label("certificate.scan"), 9, Align.LEFT);
        });
    }

    private interface Layout {
        void draw(PageWriter page) throws IOException;
    }

    private byte[] write(PDRectangle size, float margin, Layout layout) {
        synchronized (font.lock()) {
            try (PDDocument document = new PDDocument();
                    PageWriter page = new PageWriter(document, font, size, margin)) {
                layout.draw(page);
                return page.finish();
            } catch (IOException e) {
                // in-memory output: only a broken font file gets here
                throw new UncheckedIOException("document could not be made: " + e.getMessage(), e);
            }
        }
    }

    /** Long enough for the content: every character counted full width, so wrapped lines never fall off. */
    private float receiptHeight(ReceiptContent receipt, float margin, float qrSide) {
        float width = RECEIPT_WIDTH - 2 * margin;
        int lines = 0;
        for (String text : new String[] {receipt.trackingNumber(), receipt.applicantMasked(), receipt.itemName(),
            receipt.department(), "0000-00-00 00:00"}) {
            lines += wrappedLines(label("receipt.department") + text, 9, width);
        }
        for (String note : receipt.notes()) {
            lines += wrappedLines(note, 8, width);
        }
        return 2 * margin + 15 * 1.45f + 6 + lines * 9 * 1.45f + 6 + qrSide + 8 * 1.45f * 2;
    }

    private static int wrappedLines(String text, float points, float width) {
        return Math.max(1, (int) Math.ceil(text.codePointCount(0, text.length()) * points / width));
    }

    private static void numbered(PageWriter page, String heading, java.util.List<String> items, float labelWidth)
            throws IOException {
        if (items.isEmpty()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            page.field(i == 0 ? heading : "", (i + 1) + ". " + items.get(i), 11, labelWidth);
        }
    }

    private String label(String key) {
        return labels.getString(key);
    }
}
