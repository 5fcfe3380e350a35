package cn.egovkiosk.kiosk.certificate;

import cn.egovkiosk.kiosk.certificate.CertificateCheck.Verdict;
import cn.egovkiosk.kiosk.print.DocumentPrinting;
import cn.egovkiosk.kiosk.print.PrintOutcome;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;

/** Checks a certificate the server issued, renders it on A4 and prints it; the result says what the resident sees. */
@Service
public class CertificatePrinting {

    private final CertificateCheck check;
    private final DocumentPrinting printing;
    private final Clock clock;
    // the check may ask the server for its keys: never on a UI or device thread
    private final Executor work = Executors.newVirtualThreadPerTaskExecutor();

    CertificatePrinting(CertificateCheck check, DocumentPrinting printing, Clock clock) {
        this.check = check;
        this.printing = printing;
        this.clock = clock;
    }

    /** Never completes exceptionally. */
    public CompletableFuture<CertificateResult> print(IssuedCertificate certificate) {
        CompletableFuture<Verdict> verdict = CompletableFuture.supplyAsync(() -> check.check(certificate), work);
        return verdict.thenCompose(found -> switch (found) {
            case Verdict.Forged forged -> CompletableFuture.completedFuture(CertificateResult.refused(
                    "certificate.invalid", false));
            case Verdict.Unverifiable unverifiable -> CompletableFuture.completedFuture(CertificateResult.refused(
                    "certificate.keys-unavailable", true));
            case Verdict.Valid valid -> {
                byte[] pdf = CertificateDocuments.pdf(printing.templates(Languages.CHINESE), certificate,
                        valid.content(), clock.getZone());
                yield printing.print(pdf, CertificateDocuments.jobTitle(certificate))
                        .thenApply(outcome -> CertificateResult.of(valid.content().title(), outcome));
            }
        }).exceptionally(failure -> CertificateResult.refused(PrintOutcome.FAULT.messageKey(), true));
    }

    /**
     * @param printed    the certificate came out of the printer
     * @param title      the certificate's title once verified, else empty
     * @param messageKey what to tell the resident
     * @param retryable  trying again may help (paper refilled, printer or server back)
     */
    public record CertificateResult(boolean printed, String title, String messageKey, boolean retryable) {

        static CertificateResult refused(String messageKey, boolean retryable) {
            return new CertificateResult(false, "", messageKey, retryable);
        }

        static CertificateResult of(String title, PrintOutcome outcome) {
            return new CertificateResult(outcome.printed(), title, outcome.messageKey(),
                    !outcome.printed() && outcome != PrintOutcome.NO_PRINTER);
        }
    }
}
