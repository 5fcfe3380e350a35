package cn.egovkiosk.admin.catalog.editor;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.catalog.model.CatalogReader;
import cn.egovkiosk.admin.catalog.model.CatalogWriter;
import cn.egovkiosk.admin.catalog.model.Department;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import cn.egovkiosk.admin.catalog.model.ItemPackage;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.protocol.ProtocolJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Edits of the catalog draft: the items and form schemas as stored are the draft; terminals see none of it until
 * someone publishes ({@link PublishedCatalog}), which freezes the draft into an immutable version. Every save is
 * audited with the item and its form before and after.
 */
@Service
public class CatalogEditing {

    private static final Logger log = LoggerFactory.getLogger(CatalogEditing.class);

    private final CatalogReader reader;
    private final CatalogWriter writer;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final PublishedCatalog published;

    CatalogEditing(CatalogReader reader, CatalogWriter writer, TransactionTemplate transaction, AuditLog audit,
            PublishedCatalog published) {
        this.reader = reader;
        this.writer = writer;
        this.transaction = transaction;
        this.audit = audit;
        this.published = published;
    }

    public List<Department> departments() {
        return reader.departments();
    }

    /** Items whose code, name or English name contains the text (any case), in display order. */
    public List<ServiceItem> items(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return reader.items().stream().filter(item -> wanted.isEmpty() || item.code().toLowerCase(Locale.ROOT)
                .contains(wanted) || item.name().contains(wanted)
                || item.nameEn().toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    public Optional<ServiceItem> item(String code) {
        return reader.item(code);
    }

    public Optional<FormSchema> form(String code) {
        return reader.form(code);
    }

    /** Whether the draft holds kiosk items that no published version has yet. */
    public boolean draftUnpublished() {
        return published.draftDiffersFromLatest();
    }

    /**
     * Stores an item and its form schema in the draft.
     *
     * @param created true for a new item: its code must be free
     * @throws ApiProblem 400 naming the broken rule, 409 when a new item's code is taken
     */
    public void save(ServiceItem item, FormSchema form, boolean created, String actor) {
        String creditCode = reader.departments().stream().filter(d -> d.code().equals(item.departmentCode()))
                .map(Department::creditCode).findFirst().orElse(null);
        ItemRules.problem(item, form, creditCode).ifPresent(key -> {
            throw ApiProblem.badRequest("The item breaks the rule " + key + ".");
        });
        Optional<ServiceItem> before = reader.item(item.code());
        if (created && before.isPresent()) {
            throw ApiProblem.conflict("An item with this code exists.");
        }
        if (!created && before.isEmpty()) {
            throw ApiProblem.notFound("No item with this code.");
        }
        List<String> holding = packagesHolding(item);
        if (!holding.isEmpty()) {
            throw ApiProblem.unprocessable("The item is in the 一件事 packages " + String.join(", ", holding)
                    + ": take it out of them before it stops being kiosk-available.");
        }
        String beforeJson = before.map(b -> json(b, reader.form(b.code()).orElse(null))).orElse(null);
        transaction.executeWithoutResult(status -> {
            writer.item(item);
            writer.form(form);
            audit.record(actor, created ? "catalog.item.create" : "catalog.item.update", "ITEM " + item.code(),
                    beforeJson, json(item, form.fields().isEmpty() ? null : form));
        });
        log.info("Catalog item {} {} in the draft by {}", item.code(), created ? "created" : "updated", actor);
    }

    /**
     * The packages an item is in, when the save would take it off kiosks: publishing drops a package with an item
     * kiosks cannot show, so the package would silently vanish from every kiosk.
     */
    public List<String> packagesHolding(ServiceItem item) {
        if (item.kioskAvailable()) {
            return List.of();
        }
        return reader.packages().stream().filter(p -> p.itemCodes().contains(item.code())).map(ItemPackage::code)
                .toList();
    }

    private static String json(ServiceItem item, FormSchema form) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("item", item);
        state.put("form", form == null ? List.of() : form.fields());
        return ProtocolJson.mapper().writeValueAsString(state);
    }
}
