package cn.egovkiosk.kiosk.support;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything a kiosk is configured with, under the prefix {@code kiosk}.
 *
 * @param server          the admin server this kiosk talks to
 * @param dataDir         folder of the SQLite file {@code kiosk.db} and the outbox key (default {@code ./data/kiosk})
 * @param idleTimeout     inactivity after which the resident session is wiped (default 90s)
 * @param devices         the devices of this kiosk
 * @param sync            how often the kiosk polls the admin server
 * @param outbox          how the outbox retries
 * @param ackWait         how long the done screen waits for the server's acknowledgement (default 5s)
 * @param doneReturnDelay after how long the done screen goes back home by itself (default 30s)
 * @param maintenance     the technician's maintenance mode
 */
@ConfigurationProperties("kiosk")
public record KioskProperties(@DefaultValue Server server, @DefaultValue("./data/kiosk") Path dataDir,
        @DefaultValue("90s") Duration idleTimeout, @DefaultValue Devices devices, @DefaultValue Sync sync,
        @DefaultValue Outbox outbox, @DefaultValue("5s") Duration ackWait,
        @DefaultValue("30s") Duration doneReturnDelay, @DefaultValue Maintenance maintenance) {

    /** The SQLite database file. */
    public Path databaseFile() {
        return dataDir.resolve("kiosk.db");
    }

    /**
     * @param url            base URL of the admin server (default http://127.0.0.1:8081)
     * @param credential     this terminal's bearer credential (default demo-credential-change-me)
     * @param connectTimeout TCP connect timeout (default 3s)
     * @param requestTimeout whole-request timeout (default 10s)
     */
    public record Server(@DefaultValue("http://127.0.0.1:8081") URI url,
            @DefaultValue("demo-credential-change-me") String credential,
            @DefaultValue("3s") Duration connectTimeout, @DefaultValue("10s") Duration requestTimeout) {

        // the credential is a secret: keep it out of logs and failure analyses
        @Override
        public String toString() {
            return "Server[url=" + url + ", credential=<hidden>]";
        }
    }

    /**
     * @param simulated      start in-process device simulators and connect the real drivers to them (default false)
     * @param idReader       the ID card reader
     * @param receiptPrinter the receipt printer
     */
    public record Devices(@DefaultValue("false") boolean simulated, @DefaultValue Port idReader,
            @DefaultValue Port receiptPrinter) {
    }

    /**
     * @param port a port spec for {@code Transports.forPort}: a serial path or {@code tcp://host:port}; empty = not
     *             configured (no device, or a simulator in simulated mode)
     * @param baud serial speed (default 115200)
     */
    public record Port(String port, @DefaultValue("115200") int baud) {

        public boolean configured() {
            return port != null && !port.isBlank();
        }
    }

    /**
     * @param catalogInterval   how often the catalog is polled (default 5m)
     * @param heartbeatInterval how often a heartbeat is sent (default 30s)
     */
    public record Sync(@DefaultValue("5m") Duration catalogInterval, @DefaultValue("30s") Duration heartbeatInterval) {
    }

    /**
     * @param pinHash the technician PIN as a PBKDF2 hash ({@code pbkdf2-sha256$iterations$salt$hash}, made by
     *                {@code PinHashTool}); the default is the demo PIN 246810, to be replaced on every real kiosk
     */
    public record Maintenance(@DefaultValue(DEMO_PIN_HASH) String pinHash) {

        public static final String DEMO_PIN_HASH =
                "pbkdf2-sha256$120000$a2lvc2stZGVtby1zYWx0IQ==$+Du+JsrKsATT45sxwgBLcKQSz9349PcdS30QRdJEpiA=";
    }

    /**
     * @param retryMin the first retry delay, doubled per failed attempt (default 1s)
     * @param retryMax the longest retry delay (default 60s)
     */
    public record Outbox(@DefaultValue("1s") Duration retryMin, @DefaultValue("60s") Duration retryMax) {
    }
}
