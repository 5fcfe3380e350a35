package cn.egovkiosk.kiosk.support;

import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bearer credential this kiosk sends on every terminal call: the one it received at enrollment, kept in
 * {@code terminal-credential} in the data folder (mode 600: readable by the service user only), else
 * {@code kiosk.server.credential}. The credential is a secret: it is never logged and never shown.
 */
@Component
public class TerminalCredentials {

    static final String FILE_NAME = "terminal-credential";
    private static final Logger log = LoggerFactory.getLogger(TerminalCredentials.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final String configured;
    private volatile Optional<TerminalCredentialGrant> enrolled;

    public TerminalCredentials(KioskProperties properties) {
        this.file = properties.dataDir().resolve(FILE_NAME);
        this.configured = properties.server().credential();
        this.enrolled = load(file);
    }

    /** The credential to send now. */
    public String current() {
        return enrolled.map(TerminalCredentialGrant::credential).orElse(configured);
    }

    /** The terminal id received at enrollment; empty while the kiosk runs on the configured credential. */
    public Optional<String> terminalId() {
        return enrolled.map(TerminalCredentialGrant::terminalId);
    }

    /**
     * Keeps a new credential: written to a new owner-only file and moved over the old one, so it is on disk before it
     * is first used and a power cut leaves either the old or the new one.
     */
    public synchronized void store(TerminalCredentialGrant grant) {
        Properties stored = new Properties();
        stored.setProperty("terminalId", grant.terminalId());
        stored.setProperty("credential", grant.credential());
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".new");
            Files.deleteIfExists(temporary);
            if (posix()) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            StringWriter text = new StringWriter();
            stored.store(text, "this kiosk's terminal credential: secret, readable by the service user only");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                out.write(text.toString());
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            enrolled = Optional.of(grant);
            log.info("terminal credential for terminal {} stored", grant.terminalId());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the terminal credential", e);
        }
    }

    private static Optional<TerminalCredentialGrant> load(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                log.warn("{} was readable by others; now owner-only", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            Properties stored = new Properties();
            stored.load(in);
            String id = stored.getProperty("terminalId", "");
            String credential = stored.getProperty("credential", "");
            if (credential.isBlank()) {
                log.error("{} holds no credential; the configured one is used", file);
                return Optional.empty();
            }
            return Optional.of(new TerminalCredentialGrant(id, credential));
        } catch (IOException | IllegalArgumentException e) {
            log.error("{} cannot be read ({}); the configured credential is used", file, e.getClass().getName());
            return Optional.empty();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
