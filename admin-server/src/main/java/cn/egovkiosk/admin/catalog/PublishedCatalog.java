package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The catalog versions terminals get. Versions are immutable and releases few, so both are kept in memory: every
 * terminal polls, mostly to hear "not modified", and that answer must not cost a database round trip. A fresh
 * database gets its seeded items published to all terminals as version 1 at start. Another server instance on the
 * same database may publish too: every {@code admin.catalog.refresh-interval} this one reloads the releases.
 */
@Service
@DependsOnDatabaseInitialization
public class PublishedCatalog {

    private static final Logger log = LoggerFactory.getLogger(PublishedCatalog.class);
    // the most specific target first, then the latest release
    private static final Comparator<CatalogRelease> PRECEDENCE = Comparator
            .comparing((CatalogRelease r) -> r.target().kind()).reversed()
            .thenComparing(CatalogRelease::releasedAt, Comparator.reverseOrder());

    private final CatalogRepository repository;
    private final CatalogReleaseRepository releases;
    private final Clock clock;
    private final AuditLog audit;
    private final Map<Long, CatalogSnapshot> versions = new ConcurrentHashMap<>();
    private final AtomicReference<List<CatalogRelease>> active = new AtomicReference<>(List.of());

    PublishedCatalog(CatalogRepository repository, CatalogReleaseRepository releases, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.releases = releases;
        this.clock = clock;
        reload();
        if (active.get().isEmpty()) {
            publish(ReleaseTarget.ALL, "system");
        }
        log.info("Serving catalog version {} ({}) to all terminals", current().version(), current().contentHash());
    }

    /** The version every terminal gets unless a group or terminal release says otherwise. */
    public CatalogSnapshot current() {
        return forTerminal("", "");
    }

    /** The version targeted at this terminal. */
    public CatalogSnapshot forTerminal(String terminalId, String groupCode) {
        return active.get().stream().filter(r -> r.target().matches(terminalId, groupCode)).findFirst()
                .map(r -> snapshot(r.version()))
                .orElseThrow(() -> new IllegalStateException("no catalog release reaches all terminals"));
    }

    /** A published version. */
    public CatalogSnapshot version(long version) {
        return snapshot(version);
    }

    /** Whether the item was ever in the catalog: an outbox may forward a submission for an item since retired. */
    public boolean isKnownItem(String itemCode) {
        return itemCode != null && repository.itemExists(itemCode);
    }

    /** Every release, newest first, rolled-back ones included. */
    public List<CatalogRelease> releases() {
        return releases.all();
    }

    /**
     * Publishes the kiosk items as they are now edited to all terminals.
     *
     * @return the version terminals get from now on
     */
    public CatalogSnapshot publishCurrentItems() {
        return publish(ReleaseTarget.ALL, "system");
    }

    /**
     * Publishes the kiosk items as they are now edited to a target. Equal content reuses the latest version, and
     * a target that already runs that version gets no new release.
     *
     * @param by who published, for the record
     */
    public synchronized CatalogSnapshot publish(ReleaseTarget target, String by) {
        CatalogSnapshot version = freezeDraft();
        release(version.version(), target, by);
        return version;
    }

    /** Whether the kiosk items as now edited differ from the latest published version. */
    public boolean draftDiffersFromLatest() {
        String draft = repository.currentContent().hash();
        return repository.latestContentHash().map(latest -> !latest.equals(draft)).orElse(true);
    }

    /**
     * Makes the kiosk items as now edited an immutable version without releasing it to anyone; equal content
     * reuses the latest version.
     */
    public synchronized CatalogSnapshot freezeDraft() {
        KioskCatalogContent content = repository.currentContent();
        String hash = content.hash();
        CatalogSnapshot latest = repository.latestVersion().orElse(null);
        if (latest != null && latest.contentHash().equals(hash)) {
            versions.putIfAbsent(latest.version(), latest);
            return latest;
        }
        CatalogSnapshot version = new CatalogSnapshot(latest == null ? 1 : latest.version() + 1, hash,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), content.items(), content.packages(),
                content.themes());
        try {
            repository.saveVersion(version);
        } catch (DataAccessException e) {
            if (repository.latestVersion().map(CatalogSnapshot::version).orElse(0L) < version.version()) {
                throw e;
            }
            // another instance saved this version number first: freeze on top of theirs
            return freezeDraft();
        }
        versions.put(version.version(), version);
        return version;
    }

    /**
     * Releases a published version to a target, unless the target's release already sends that version.
     *
     * @return the release that now sends the version to the target
     */
    public synchronized CatalogRelease release(long version, ReleaseTarget target, String by) {
        CatalogSnapshot snapshot = snapshot(version);
        reload();
        Optional<CatalogRelease> current = active.get().stream().filter(r -> r.target().equals(target)).findFirst();
        if (current.isPresent() && current.get().version() == version) {
            return current.get();
        }
        CatalogRelease release = new CatalogRelease(UUID.randomUUID().toString(), version, target, now(), by, null);
        releases.insert(release);
        log.info("Catalog version {} released to {} by {}", version, target, by);
        audit.record(by, "catalog.publish", target.kind() + " " + target.value(), null,
                "{\"version\":" + version + ",\"contentHash\":\"" + snapshot.contentHash() + "\"}");
        reload();
        return release;
    }

    /**
     * Takes a release back: its terminals return to what the next release that reaches them says.
     *
     * @return false when it was rolled back before or is the last release that reaches all terminals
     */
    public synchronized boolean rollBack(String releaseId, String by) {
        List<CatalogRelease> current = active.get();
        boolean lastForAll = current.stream().filter(r -> r.target().kind() == ReleaseTarget.Kind.ALL).count() == 1
                && current.stream().anyMatch(r -> r.id().equals(releaseId)
                        && r.target().kind() == ReleaseTarget.Kind.ALL);
        if (lastForAll || !releases.rollBack(releaseId, now())) {
            return false;
        }
        log.info("Catalog release {} rolled back by {}", releaseId, by);
        audit.record(by, "catalog.rollback", "RELEASE " + releaseId, "{\"active\":true}", "{\"active\":false}");
        reload();
        return true;
    }

    /** Picks up releases and rollbacks of other server instances. */
    @Scheduled(fixedDelayString = "${admin.catalog.refresh-interval:5s}")
    public void refresh() {
        try {
            reload();
        } catch (DataAccessException e) {
            log.warn("Could not reload the catalog releases; serving what was loaded before", e);
        }
    }

    private void reload() {
        List<CatalogRelease> loaded = releases.all().stream().filter(CatalogRelease::active).sorted(PRECEDENCE)
                .toList();
        loaded.forEach(release -> snapshot(release.version()));
        active.set(loaded);
    }

    private CatalogSnapshot snapshot(long version) {
        return versions.computeIfAbsent(version, v -> repository.version(v)
                .orElseThrow(() -> new IllegalStateException("catalog version " + v + " is missing")));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
