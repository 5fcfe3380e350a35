package cn.egovkiosk.kiosk;

import cn.egovkiosk.device.QrImages;
import cn.egovkiosk.device.document.PrivateCups;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** For tests: what a printed PDF says, as poppler reads it (pdftotext), and what its QR code says (pdftoppm, ZXing). */
public final class PrintedPdfs {

    private PrintedPdfs() {
    }

    public static String text(Path pdf) throws IOException, InterruptedException {
        Process pdftotext = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (pdftotext.waitFor() != 0) {
            throw new IOException("pdftotext failed: " + text);
        }
        return text;
    }

    public static Optional<String> qr(Path pdf) throws IOException, InterruptedException {
        return QrImages.decode(PrivateCups.render(pdf, 150));
    }
}
