package cn.egovkiosk.admin.terminal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hot-path settings of the terminal API, {@code admin.terminal-api.*}.
 *
 * @param credentialCacheSize    {@code credential-cache-size}: verified credentials kept in memory; default 50,000
 *                               (a city fleet with room to spare; beyond it the excess is looked up every request)
 * @param credentialRecheck      {@code credential-recheck}: how often cached credentials are checked against the
 *                               database, so that a revocation or rotation made by another server instance counts
 *                               here within this time; default 1s (on this instance it counts at once)
 * @param heartbeatFlushInterval {@code heartbeat-flush-interval}: longest time an acknowledged heartbeat waits in
 *                               memory before it is written with the others; default 250ms
 * @param heartbeatBatchSize     {@code heartbeat-batch-size}: this many waiting terminals start a write at once;
 *                               default 500
 * @param heartbeatMaxPending    {@code heartbeat-max-pending}: terminals whose heartbeat may wait at most (one entry
 *                               per terminal: a newer heartbeat replaces the older); default 20,000
 * @param heartbeatQueueWait     {@code heartbeat-queue-wait}: how long a heartbeat waits for room when that many
 *                               wait, before it is answered 503 (back-pressure); default 2s
 */
@ConfigurationProperties("admin.terminal-api")
record TerminalApiProperties(@DefaultValue("50000") int credentialCacheSize,
        @DefaultValue("1s") Duration credentialRecheck, @DefaultValue("250ms") Duration heartbeatFlushInterval,
        @DefaultValue("500") int heartbeatBatchSize, @DefaultValue("20000") int heartbeatMaxPending,
        @DefaultValue("2s") Duration heartbeatQueueWait) {

    TerminalApiProperties {
        if (credentialCacheSize < 0 || heartbeatBatchSize < 1 || heartbeatMaxPending < heartbeatBatchSize) {
            throw new IllegalStateException("admin.terminal-api: sizes must be positive, and heartbeat-max-pending "
                    + "at least heartbeat-batch-size");
        }
    }
}
