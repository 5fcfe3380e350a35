package cn.egovkiosk.endtoend;

import cn.egovkiosk.device.QrImages;
import cn.egovkiosk.device.document.PrivateCups;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A certificate as it left the kiosk through the private CUPS A4 queue: the document the kiosk handed to the queue
 * (CUPS keeps job files in its spool for a day) and the page cups-pdf printed from it (the "paper"). Read with
 * poppler's pdftotext and pdftoppm, the QR with ZXing.
 */
final class PrintedCertificate {

    private final Path submitted;
    private final Path printed;

    private PrintedCertificate(Path submitted, Path printed) {
        this.submitted = submitted;
        this.printed = printed;
    }

    /** The documents in the spool right now, to tell a later job's document from them. */
    static Set<Path> spooledDocuments(PrivateCups.Instance cups) throws IOException {
        try (Stream<Path> files = Files.list(cups.dir().resolve("spool"))) {
            // CUPS names a job's documents d<job>-<n>, its control file c<job>
            return files.filter(file -> file.getFileName().toString().matches("d\\d+-\\d+"))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** The certificate whose job title is its verification code, once cups-pdf has written it. */
    static PrintedCertificate await(PrivateCups.Instance cups, Set<Path> spooledBefore, String verificationCode)
            throws Exception {
        Path printed = PrivateCups.awaitCupsPdf(verificationCode);
        List<Path> newDocuments = spooledDocuments(cups).stream().filter(file -> !spooledBefore.contains(file))
                .sorted().toList();
        if (newDocuments.size() != 1) {
            throw new AssertionError("one new A4 job document in the CUPS spool expected, found " + newDocuments);
        }
        return new PrintedCertificate(newDocuments.getFirst(), printed);
    }

    /** The text of the PDF the kiosk sent to the queue. */
    String submittedText() throws IOException, InterruptedException {
        return pdfToText(submitted);
    }

    /** The printed page as paper shows it, rendered at the given resolution. */
    BufferedImage printedPage(int dpi) throws IOException, InterruptedException {
        return PrivateCups.render(printed, dpi);
    }

    /**
     * The QR code on the printed page. (Its text is checked on the submitted document: cups-pdf redistils the job
     * and its page keeps the glyphs but not their Unicode mapping, so pdftotext reads nonsense there.)
     */
    Optional<String> printedQr() throws IOException, InterruptedException {
        return QrImages.decode(printedPage(150));
    }

    /** The paper output goes: it names a (demo) resident in full. */
    void discardPaper() throws IOException {
        Files.deleteIfExists(printed);
    }

    private static String pdfToText(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("pdftotext failed on " + pdf.getFileName());
        }
        return text;
    }
}
