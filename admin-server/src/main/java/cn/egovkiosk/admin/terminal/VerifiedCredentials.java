package cn.egovkiosk.admin.terminal;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Credentials of registered terminals already verified against the database, so that a poll needs no database
 * round trip. Keyed by the credential's SHA-256 hex, as stored; the clear credential is never kept. Only a
 * terminal's current credential is kept, never one that a rotation replaced (that one ends at an unmarked moment).
 * <p>
 * An entry goes at once when this instance revokes, rotates or enrolls the terminal ({@link #forget}), and within
 * {@code admin.terminal-api.credential-recheck} when the database no longer backs it: the recheck reads every
 * terminal's current hash, site and group, so a change made by another instance counts here without any clock.
 * A lookup that was under way while something was forgotten or rechecked is answered but not kept: it may have read
 * the database before the change ({@link #epoch}).
 */
@Component
class VerifiedCredentials {

    private static final Logger log = LoggerFactory.getLogger(VerifiedCredentials.class);

    private final Map<String, AuthenticatedTerminal> byHash = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();
    private final JdbcClient jdbc;
    private final int capacity;

    VerifiedCredentials(JdbcClient jdbc, TerminalApiProperties properties) {
        this.jdbc = jdbc;
        this.capacity = properties.credentialCacheSize();
    }

    /** The terminal of a verified credential hash, or null: then ask the database. */
    AuthenticatedTerminal find(String credentialHash) {
        return byHash.get(credentialHash);
    }

    /** To be read before a database lookup and handed to {@link #remember}. */
    long epoch() {
        return epoch.get();
    }

    /** Keeps what a lookup begun at {@code seenEpoch} found, unless something changed since. */
    void remember(String credentialHash, AuthenticatedTerminal terminal, long seenEpoch) {
        if (capacity == 0 || epoch.get() != seenEpoch) {
            return;
        }
        if (byHash.size() >= capacity) {
            Iterator<String> any = byHash.keySet().iterator();
            if (any.hasNext()) {
                byHash.remove(any.next());
            }
        }
        byHash.put(credentialHash, terminal);
        if (epoch.get() != seenEpoch) { // a forget or recheck ran meanwhile and may have missed this entry
            byHash.remove(credentialHash, terminal);
        }
    }

    /** The terminal's credential changed on this instance (revoked, rotated, enrolled): ask the database again. */
    void forget(String terminalId) {
        epoch.incrementAndGet();
        byHash.values().removeIf(terminal -> terminal.id().equals(terminalId));
    }

    int size() {
        return byHash.size();
    }

    /** Drops the entries the database no longer backs, e.g. after a revocation on another instance. */
    @Scheduled(fixedDelayString = "${admin.terminal-api.credential-recheck:1s}")
    void recheck() {
        if (byHash.isEmpty()) {
            return;
        }
        epoch.incrementAndGet(); // before reading: lookups older than this read are not kept
        try {
            Map<String, AuthenticatedTerminal> current = jdbc
                    .sql("SELECT id, site, group_code, credential_hash FROM terminal WHERE credential_hash IS NOT NULL")
                    .query((rs, row) -> Map.entry(rs.getString("credential_hash"), new AuthenticatedTerminal(
                            rs.getString("id"), rs.getString("site"), rs.getString("group_code"))))
                    .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            byHash.entrySet().removeIf(entry -> !entry.getValue().equals(current.get(entry.getKey())));
        } catch (DataAccessException e) {
            // without the database nothing can be confirmed: verify every credential again when it is back
            byHash.clear();
            log.warn("Could not recheck the cached terminal credentials; they will be looked up again", e);
        }
    }
}
