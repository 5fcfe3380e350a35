package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.catalog.model.CatalogReader;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import cn.egovkiosk.admin.catalog.model.PackageMerge;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.protocol.ProtocolJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Edits of the draft's 一件事 packages and life events, for the admin UI and the management API alike. As with items
 * ({@code CatalogEditing}), terminals see nothing of it until someone publishes. Every save and delete is audited
 * with the package or life event as JSON before and after.
 */
@Service
public class PackageEditing {

    private static final Logger log = LoggerFactory.getLogger(PackageEditing.class);

    private final LifeEventStore store;
    private final CatalogReader reader;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final PublishedCatalog published;

    PackageEditing(LifeEventStore store, CatalogReader reader, TransactionTemplate transaction, AuditLog audit,
            PublishedCatalog published) {
        this.store = store;
        this.reader = reader;
        this.transaction = transaction;
        this.audit = audit;
        this.published = published;
    }

    /** Packages whose code or names contain the text (any case), of one life event unless it is null or empty. */
    public List<PackageEdit> packages(String text, String themeCode) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return store.packages().stream()
                .filter(p -> themeCode == null || themeCode.isEmpty() || p.themeCode().equals(themeCode))
                .filter(p -> wanted.isEmpty() || p.code().toLowerCase(Locale.ROOT).contains(wanted)
                        || p.name().contains(wanted) || p.nameEn().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    public Optional<PackageEdit> pack(String code) {
        return store.pack(code);
    }

    public List<ThemeEdit> themes() {
        return store.themes();
    }

    public Optional<ThemeEdit> theme(String code) {
        return store.theme(code);
    }

    /** The items a package may hold: those kiosks serve, in display order. */
    public List<ServiceItem> kioskItems() {
        return reader.items().stream().filter(ServiceItem::kioskAvailable).toList();
    }

    /** Whether the draft differs from the latest published version. */
    public boolean draftUnpublished() {
        return published.draftDiffersFromLatest();
    }

    /**
     * The merged form and materials kiosks would get for the package: its own stored form if it has one (as
     * publishing does), otherwise its items' forms merged. Unknown item codes are left out.
     */
    public PackagePreview preview(String packageCode, List<String> itemCodes) {
        Map<String, ServiceItem> items = reader.items().stream()
                .collect(Collectors.toMap(ServiceItem::code, Function.identity()));
        List<ServiceItem> members = itemCodes.stream().distinct().filter(items::containsKey).map(items::get).toList();
        Optional<FormSchema> own = packageCode == null || packageCode.isBlank() ? Optional.empty()
                : reader.form(packageCode);
        FormSchema form = own.orElseGet(() -> PackageMerge.form(packageCode == null ? "" : packageCode,
                members.stream().map(item -> reader.form(item.code())).flatMap(Optional::stream).toList()));
        return new PackagePreview(form.fields(), PackageMerge.materials(members));
    }

    /** The first rule the package breaks (a message key), empty when it may be stored. */
    public Optional<String> problem(PackageEdit pack) {
        return LifeEventRules.problem(pack, reader.items().stream()
                .collect(Collectors.toMap(ServiceItem::code, Function.identity())),
                store.themes().stream().map(ThemeEdit::code).collect(Collectors.toSet()));
    }

    /** The first rule the life event breaks (a message key), empty when it may be stored. */
    public Optional<String> problem(ThemeEdit theme) {
        return LifeEventRules.problem(theme, store.packages().stream()
                .collect(Collectors.toMap(PackageEdit::code, PackageEdit::themeCode)));
    }

    /**
     * Stores a package in the draft.
     *
     * @param created true for a new package: its code must be free
     * @throws ApiProblem 400 naming the broken rule, 404 for an update of an unknown package, 409 for a taken code
     */
    public void save(PackageEdit pack, boolean created, String actor) {
        problem(pack).ifPresent(LifeEventRules::refuse);
        Optional<PackageEdit> before = store.pack(pack.code());
        existence("package", before.isPresent(), created);
        transaction.executeWithoutResult(status -> {
            store.write(pack);
            audit.record(actor, created ? "catalog.package.create" : "catalog.package.update",
                    "PACKAGE " + pack.code(), before.map(PackageEditing::json).orElse(null), json(pack));
        });
        log.info("Package {} {} in the draft by {}", pack.code(), created ? "created" : "updated", actor);
    }

    /** @throws ApiProblem 404 when there is no such package */
    public void deletePackage(String code, String actor) {
        PackageEdit before = store.pack(code).orElseThrow(() -> ApiProblem.notFound("No package with this code."));
        transaction.executeWithoutResult(status -> {
            store.deletePackage(code);
            audit.record(actor, "catalog.package.delete", "PACKAGE " + code, json(before), null);
        });
        log.info("Package {} deleted from the draft by {}", code, actor);
    }

    /**
     * Stores a life event in the draft, with its packages in the order given.
     *
     * @throws ApiProblem 400 naming the broken rule, 404 for an update of an unknown one, 409 for a taken code
     */
    public void save(ThemeEdit theme, boolean created, String actor) {
        problem(theme).ifPresent(LifeEventRules::refuse);
        Optional<ThemeEdit> before = store.theme(theme.code());
        existence("life event", before.isPresent(), created);
        transaction.executeWithoutResult(status -> {
            store.write(theme);
            audit.record(actor, created ? "catalog.theme.create" : "catalog.theme.update", "THEME " + theme.code(),
                    before.map(PackageEditing::json).orElse(null), json(store.theme(theme.code()).orElseThrow()));
        });
        log.info("Life event {} {} in the draft by {}", theme.code(), created ? "created" : "updated", actor);
    }

    /** @throws ApiProblem 404 when there is no such life event, 409 while packages belong to it */
    public void deleteTheme(String code, String actor) {
        ThemeEdit before = store.theme(code).orElseThrow(() -> ApiProblem.notFound("No life event with this code."));
        if (!before.packageCodes().isEmpty()) {
            throw ApiProblem.conflict("Packages belong to this life event: move or delete them first.");
        }
        transaction.executeWithoutResult(status -> {
            store.deleteTheme(code);
            audit.record(actor, "catalog.theme.delete", "THEME " + code, json(before), null);
        });
        log.info("Life event {} deleted from the draft by {}", code, actor);
    }

    private static void existence(String kind, boolean exists, boolean created) {
        if (created && exists) {
            throw ApiProblem.conflict("A " + kind + " with this code exists.");
        }
        if (!created && !exists) {
            throw ApiProblem.notFound("No " + kind + " with this code.");
        }
    }

    private static String json(Object value) {
        return ProtocolJson.mapper().writeValueAsString(value);
    }
}
