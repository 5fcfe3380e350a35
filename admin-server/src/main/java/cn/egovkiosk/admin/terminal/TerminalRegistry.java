package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.admin.terminal.TerminalRepository.EnrollmentCode;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registered terminals: creation, one-time enrollment codes, credentials (issued once, kept hashed), rotation and
 * revocation. Configured terminals ({@code admin.terminals}) stay beside these as the bootstrap and demo way in.
 */
@Service
public class TerminalRegistry {

    private static final Logger log = LoggerFactory.getLogger(TerminalRegistry.class);

    private final TerminalRepository repository;
    private final TerminalCredentials configured;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration codeValidity;
    private final AuditLog audit;

    TerminalRegistry(TerminalRepository repository, TerminalCredentials configured, TransactionTemplate transaction,
            Clock clock, EnrollmentProperties properties, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.configured = configured;
        this.transaction = transaction;
        this.clock = clock;
        this.codeValidity = properties.codeValidity();
    }

    // --- hook of the terminal API's credential cache: a credential changed here must count at the next request
    private VerifiedCredentials verifiedCredentials;

    @Autowired
    void verifiedCredentials(VerifiedCredentials cache) {
        this.verifiedCredentials = cache;
    }

    private void credentialChanged(String terminalId) {
        if (verifiedCredentials != null) {
            verifiedCredentials.forget(terminalId);
        }
    }
    // --- end of hook

    public RegisteredTerminal create(NewTerminal terminal) {
        return create(terminal, "system");
    }

    /** Registers a terminal; audited as done by {@code actor}. */
    public RegisteredTerminal create(NewTerminal terminal, String actor) {
        terminal.validate();
        if (configured.terminals().stream().anyMatch(t -> t.id().equals(terminal.id()))) {
            throw ApiProblem.conflict("A configured terminal already has this id.");
        }
        if (!repository.groupExists(terminal.groupCode())) {
            throw ApiProblem.unprocessable("groupCode does not name a terminal group.");
        }
        try {
            repository.insert(terminal, now());
        } catch (DataAccessException e) {
            // SQLite does not report a duplicate key as such: ask the table
            if (repository.find(terminal.id()).isPresent()) {
                throw ApiProblem.conflict("A terminal with this id exists.");
            }
            throw e;
        }
        log.info("Terminal {} registered at {}", terminal.id(), terminal.site());
        RegisteredTerminal created = repository.find(terminal.id()).orElseThrow();
        audit.record(actor, "terminal.create", "TERMINAL " + terminal.id(), null, json(created));
        return created;
    }

    public Optional<RegisteredTerminal> find(String id) {
        return repository.find(id);
    }

    public List<RegisteredTerminal> all() {
        return repository.all();
    }

    /** A new one-time code for the terminal, to be shown once to the technician who installs it. */
    public IssuedEnrollmentCode issueEnrollmentCode(String terminalId) {
        return issueEnrollmentCode(terminalId, "system");
    }

    /** A new one-time code; the audit records that one was issued and until when, never the code. */
    public IssuedEnrollmentCode issueEnrollmentCode(String terminalId, String actor) {
        requireTerminal(terminalId);
        String code = TerminalSecrets.newEnrollmentCode();
        Instant now = now();
        repository.insertEnrollmentCode(TerminalSecrets.hash(TerminalSecrets.normalizedCode(code)), terminalId, now,
                now.plus(codeValidity));
        log.info("Enrollment code issued for terminal {}, valid until {}", terminalId, now.plus(codeValidity));
        audit.record(actor, "terminal.enrollment-code", "TERMINAL " + terminalId, null,
                "{\"expiresAt\":\"" + now.plus(codeValidity) + "\"}");
        return new IssuedEnrollmentCode(terminalId, code, now.plus(codeValidity));
    }

    /** Exchanges a code for the terminal's credential; unknown, expired and used codes are refused alike. */
    TerminalCredentialGrant enroll(String typedCode) {
        String codeHash = TerminalSecrets.hash(TerminalSecrets.normalizedCode(typedCode));
        Instant now = now();
        EnrollmentCode code = repository.findEnrollmentCode(codeHash)
                .filter(c -> !c.used() && c.expiresAt().isAfter(now))
                .orElseThrow(TerminalRegistry::refusedCode);
        String credential = TerminalSecrets.newCredential();
        boolean used = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!repository.useEnrollmentCode(codeHash, now)) {
                return false;
            }
            repository.setCredential(code.terminalId(), TerminalSecrets.hash(credential), now);
            return true;
        }));
        if (!used) {
            throw refusedCode();
        }
        credentialChanged(code.terminalId());
        log.info("Terminal {} enrolled", code.terminalId());
        return new TerminalCredentialGrant(code.terminalId(), credential);
    }

    /** A new credential for a terminal that presented its current one. */
    TerminalCredentialGrant rotate(AuthenticatedTerminal terminal, String presentedCredential) {
        String credential = TerminalSecrets.newCredential();
        if (!repository.rotateCredential(terminal.id(), TerminalSecrets.hash(presentedCredential),
                TerminalSecrets.hash(credential), now())) {
            throw ApiProblem.conflict("Only a registered terminal's current credential can be rotated.");
        }
        credentialChanged(terminal.id());
        log.info("Terminal {} rotated its credential", terminal.id());
        return new TerminalCredentialGrant(terminal.id(), credential);
    }

    /** The terminal's credential stops working at once; a new enrollment code lets it back in. */
    public void revoke(String terminalId) {
        revoke(terminalId, "system");
    }

    /** Revokes the terminal's credential; audited as done by {@code actor}. */
    public void revoke(String terminalId, String actor) {
        RegisteredTerminal before = repository.find(terminalId)
                .orElseThrow(() -> ApiProblem.notFound("No registered terminal with this id."));
        repository.revoke(terminalId, now());
        credentialChanged(terminalId);
        log.info("Credential of terminal {} revoked", terminalId);
        audit.record(actor, "terminal.revoke", "TERMINAL " + terminalId, json(before),
                json(repository.find(terminalId).orElseThrow()));
    }

    private void requireTerminal(String terminalId) {
        if (repository.find(terminalId).isEmpty()) {
            throw ApiProblem.notFound("No registered terminal with this id.");
        }
    }

    private static String json(RegisteredTerminal terminal) {
        return ProtocolJson.mapper().writeValueAsString(terminal);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ApiProblem refusedCode() {
        return ApiProblem.forbidden("The enrollment code is unknown, expired or already used.");
    }

    /** An enrollment code as issued: {@code code} is shown once and then exists only as a hash. */
    public record IssuedEnrollmentCode(String terminalId, String code, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedEnrollmentCode[terminalId=" + terminalId + ", code=<secret>, expiresAt=" + expiresAt + "]";
        }
    }
}
