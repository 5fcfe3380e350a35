package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.terminal.TerminalRepository.CredentialMatch;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who holds a bearer credential: a configured terminal (kept in memory), or a registered one (looked up by the
 * credential's hash on every request, so that a revocation on any server instance counts at the next request).
 * The first request with a rotated terminal's new credential retires the credential it replaced.
 */
@Component
class TerminalAuthenticator {

    private final TerminalCredentials configured;
    private final TerminalRepository registry;

    TerminalAuthenticator(TerminalCredentials configured, TerminalRepository registry) {
        this.configured = configured;
        this.registry = registry;
    }

    Optional<AuthenticatedTerminal> authenticate(String credential) {
        Optional<AuthenticatedTerminal> terminal = configured.authenticate(credential);
        if (terminal.isPresent()) {
            return terminal;
        }
        Optional<CredentialMatch> match = registry.findByCredentialHash(TerminalSecrets.hash(credential));
        match.filter(m -> m.current() && m.pending())
                .ifPresent(m -> registry.forgetPreviousCredential(m.terminal().id()));
        return match.map(CredentialMatch::terminal);
    }
}
