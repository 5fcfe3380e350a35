package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.terminal.TerminalRepository.CredentialMatch;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who holds a bearer credential: a configured terminal (kept in memory), or a registered one (looked up by the
 * credential's hash, then kept in {@link VerifiedCredentials}: a revocation counts at once on this instance and
 * within {@code admin.terminal-api.credential-recheck} on the others). The first request with a rotated terminal's
 * new credential retires the credential it replaced.
 */
@Component
class TerminalAuthenticator {

    private final TerminalCredentials configured;
    private final TerminalRepository registry;
    private final VerifiedCredentials verified;

    TerminalAuthenticator(TerminalCredentials configured, TerminalRepository registry, VerifiedCredentials verified) {
        this.configured = configured;
        this.registry = registry;
        this.verified = verified;
    }

    Optional<AuthenticatedTerminal> authenticate(String credential) {
        Optional<AuthenticatedTerminal> terminal = configured.authenticate(credential);
        if (terminal.isPresent()) {
            return terminal;
        }
        String hash = TerminalSecrets.hash(credential);
        AuthenticatedTerminal known = verified.find(hash);
        if (known != null) {
            return Optional.of(known);
        }
        long epoch = verified.epoch();
        Optional<CredentialMatch> match = registry.findByCredentialHash(hash);
        match.filter(m -> m.current() && m.pending())
                .ifPresent(m -> registry.forgetPreviousCredential(m.terminal().id()));
        match.filter(CredentialMatch::current).ifPresent(m -> verified.remember(hash, m.terminal(), epoch));
        return match.map(CredentialMatch::terminal);
    }
}
