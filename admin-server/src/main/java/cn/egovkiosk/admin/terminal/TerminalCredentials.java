package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.admin.support.AdminProperties.TerminalCredential;
import cn.egovkiosk.admin.support.Sha256;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The terminals allowed in, from {@code admin.terminals} until enrollment replaces it. Credentials are kept only as
 * SHA-256 digests and compared in constant time, each against all, so timing tells nothing about which matched.
 */
@Component
public class TerminalCredentials {

    static final int MIN_CREDENTIAL_LENGTH = 16;
    private static final Logger log = LoggerFactory.getLogger(TerminalCredentials.class);

    private final List<Entry> entries;

    TerminalCredentials(AdminProperties properties) {
        Set<String> ids = new HashSet<>();
        this.entries = properties.terminals().stream().map(terminal -> {
            validate(terminal, ids);
            return new Entry(new AuthenticatedTerminal(terminal.id(), terminal.site() == null ? "" : terminal.site()),
                    Sha256.digest(terminal.credential()));
        }).toList();
        if (properties.terminals().contains(TerminalCredential.DEMO)) {
            log.warn("The demo terminal credential is in use: configure admin.terminals before going live");
        }
    }

    /** The terminal holding this credential, if any. */
    Optional<AuthenticatedTerminal> authenticate(String credential) {
        byte[] presented = Sha256.digest(credential);
        AuthenticatedTerminal match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), presented) && match == null) {
                match = entry.terminal();
            }
        }
        return Optional.ofNullable(match);
    }

    /** All configured terminals, in configuration order. */
    public List<AuthenticatedTerminal> terminals() {
        return entries.stream().map(Entry::terminal).toList();
    }

    private static void validate(TerminalCredential terminal, Set<String> ids) {
        if (terminal.id() == null || terminal.id().isBlank() || !ids.add(terminal.id())) {
            throw new IllegalStateException("admin.terminals: every terminal needs an id, and ids must be unique");
        }
        if (terminal.credential() == null || terminal.credential().length() < MIN_CREDENTIAL_LENGTH) {
            throw new IllegalStateException("admin.terminals: the credential of terminal " + terminal.id()
                    + " must have at least " + MIN_CREDENTIAL_LENGTH + " characters");
        }
    }

    private record Entry(AuthenticatedTerminal terminal, byte[] digest) {
    }
}
