package cn.egovkiosk.kiosk.submission;

import cn.egovkiosk.device.idcard.CardType;
import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.kiosk.support.KioskDatabase;
import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.kiosk.support.TerminalHttp;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kiosk's own store-and-forward parts, wired by hand outside Spring: its SQLite file (migrated by the kiosk's
 * migrations), {@link Outbox} with its sealed payloads, {@link OutboxForwarder} with its backoff, and
 * {@link SubmissionIntake}, where a resident's confirmation enters. Used by the fault test in this module.
 */
public final class KioskOutbox implements AutoCloseable {

    private static final ResidentIdentity RESIDENT = new ResidentIdentity(CardType.RESIDENT, "张三", "", "1", "01",
            LocalDate.of(1949, 12, 31), "北京市东城区景山前街4号", "11010519491231002X", true, "北京市公安局东城分局",
            LocalDate.of(2010, 1, 1), Optional.of(LocalDate.of(2030, 1, 1)), new byte[0], "");

    private final HikariDataSource database;
    private final Outbox outbox;
    private final OutboxForwarder forwarder;
    private final SubmissionIntake intake;

    private KioskOutbox(HikariDataSource database, Outbox outbox, OutboxForwarder forwarder,
            SubmissionIntake intake) {
        this.database = database;
        this.outbox = outbox;
        this.forwarder = forwarder;
        this.intake = intake;
    }

    /**
     * Opens the kiosk database in {@code dataDir} and starts forwarding to {@code server}.
     *
     * @param migrations the kiosk's migration folder ({@code kiosk-ui/src/main/resources/db/migration})
     */
    public static KioskOutbox start(Path dataDir, Path migrations, URI server, String credential, Duration retryMin,
            Duration retryMax) {
        HikariDataSource database = KioskDatabase.open(dataDir.resolve("kiosk.db"));
        Flyway.configure().dataSource(database).locations("filesystem:" + migrations).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        Outbox outbox = new Outbox(jdbc, transactions, OutboxCipher.inFolder(dataDir));
        KioskProperties.Server connection = new KioskProperties.Server(server, credential, Duration.ofSeconds(2),
                Duration.ofSeconds(10));
        KioskProperties properties = new KioskProperties(connection, dataDir, null, null, null, null, null, null,
                null);
        Clock clock = Clock.systemUTC();
        OutboxForwarder forwarder = new OutboxForwarder(outbox, new SubmissionClient(new TerminalHttp(properties)),
                clock, new Backoff(retryMin, retryMax));
        forwarder.start();
        return new KioskOutbox(database, outbox, forwarder, new SubmissionIntake(outbox, forwarder, clock));
    }

    /** A resident confirms an application: stored in the outbox, the forwarder woken. */
    public UUID submit(String itemCode, Map<String, String> form) {
        return intake.accept(itemCode, RESIDENT, form).idempotencyKey();
    }

    public int depth() {
        return outbox.depth();
    }

    public Optional<String> trackingNumber(UUID key) {
        return outbox.trackingNumber(key);
    }

    @Override
    public void close() {
        forwarder.stop();
        database.close();
    }
}
