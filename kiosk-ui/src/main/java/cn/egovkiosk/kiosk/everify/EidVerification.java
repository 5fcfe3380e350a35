package cn.egovkiosk.kiosk.everify;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Asks the {@link IdentityVerifier} about a code on its own thread, within {@code kiosk.eid.check-timeout}: the
 * issuing service sits across the network, and neither a screen nor the device thread may wait for it. A verifier
 * that fails or does not answer in time counts as "service unavailable".
 */
@Service
public class EidVerification implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EidVerification.class);

    private final IdentityVerifier verifier;
    private final CodeWatcher codes;
    private final long timeoutMillis;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("kiosk-eid").daemon(true).factory());

    EidVerification(ObjectProvider<IdentityVerifier> verifier, CodeWatcher codes, EidProperties properties) {
        this.verifier = verifier.getIfAvailable();
        this.codes = codes;
        this.timeoutMillis = properties.checkTimeout().toMillis();
    }

    /** True when this kiosk can identify residents by e-ID: it has a verifier and a scanner. */
    public boolean offered() {
        return verifier != null && codes.scannerAvailable();
    }

    public Optional<IdentityVerifier> verifier() {
        return Optional.ofNullable(verifier);
    }

    /** Checks a code; completes on the verification thread, never exceptionally. */
    public CompletableFuture<EidCheck> check(String code) {
        if (verifier == null) {
            return CompletableFuture.completedFuture(new EidCheck.Rejected(EidRejection.SERVICE_UNAVAILABLE));
        }
        return CompletableFuture.supplyAsync(() -> verifier.verify(code), executor)
                .orTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    log.warn("e-ID check failed: {}", failure.getClass().getSimpleName());
                    return new EidCheck.Rejected(EidRejection.SERVICE_UNAVAILABLE);
                });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
