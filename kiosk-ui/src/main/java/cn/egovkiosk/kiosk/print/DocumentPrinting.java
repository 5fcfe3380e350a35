package cn.egovkiosk.kiosk.print;

import cn.egovkiosk.device.document.DocumentFont;
import cn.egovkiosk.device.document.DocumentTemplates;
import cn.egovkiosk.kiosk.device.DocumentPrinterSlot;
import cn.egovkiosk.kiosk.support.Languages;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A4 printing for every screen (certificates, service guides): the document templates in the resident's language and
 * the kiosk's A4 printer. A job never fails silently: the outcome says in the resident's terms why nothing came out.
 */
@Service
public class DocumentPrinting {

    private static final Logger log = LoggerFactory.getLogger(DocumentPrinting.class);

    private final DocumentPrinterSlot printer;
    private final Map<String, DocumentTemplates> templates = new ConcurrentHashMap<>();
    private volatile DocumentFont font;

    DocumentPrinting(DocumentPrinterSlot printer) {
        this.printer = printer;
    }

    /**
     * Prints a PDF on A4 (made with {@link #templates}); completes with {@link PrintOutcome#PRINTED} once the printer
     * has the job, or with the reason it could not. Never completes exceptionally.
     *
     * @param title the job title, no personal data (it shows in the printer's queue and logs)
     */
    public CompletableFuture<PrintOutcome> print(byte[] pdf, String title) {
        if (!printer.present()) {
            return CompletableFuture.completedFuture(PrintOutcome.NO_PRINTER);
        }
        return printer.print(pdf, title).thenApply(done -> PrintOutcome.PRINTED).exceptionally(failure -> {
            PrintOutcome outcome = PrintOutcome.failureFrom(printer.status());
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            log.warn("A4 job {} not printed ({}): {}", title, outcome, cause.getMessage());
            return outcome;
        });
    }

    /** Whether an A4 job sent now would be printed, as of the last status. */
    public boolean ready() {
        return printer.present() && printer.status().usable();
    }

    /** The printed documents' layouts with labels in {@code locale}'s language (Chinese unless English). */
    public DocumentTemplates templates(Locale locale) {
        Locale language = Languages.isEnglish(locale) ? Languages.ENGLISH : Languages.CHINESE;
        return templates.computeIfAbsent(language.toLanguageTag(), tag -> new DocumentTemplates(font(), language));
    }

    // parsed on first use, once: the CJK font takes a while and most visits print nothing on A4
    private DocumentFont font() {
        DocumentFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = DocumentFont.system();
                }
                loaded = font;
            }
        }
        return loaded;
    }
}
