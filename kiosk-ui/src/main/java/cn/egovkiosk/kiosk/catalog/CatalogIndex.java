package cn.egovkiosk.kiosk.catalog;

import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One catalog version prepared for searching: lower-cased texts and pinyin initials of every item, computed once, so a
 * keystroke costs a scan over prepared arrays, not pinyin look-ups.
 */
public final class CatalogIndex {

    private final long version;
    private final List<Entry> entries;
    private final Map<String, String> departments = new LinkedHashMap<>();
    private final Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);

    CatalogIndex(long version, List<CatalogItem> items) {
        this.version = version;
        this.entries = items.stream().map(Entry::new).toList();
        for (CatalogItem item : items) {
            departments.putIfAbsent(item.department(), item.departmentEn());
            flags.addAll(item.flags());
        }
    }

    public long version() {
        return version;
    }

    public List<CatalogItem> items() {
        return entries.stream().map(Entry::item).toList();
    }

    /** The departments of the catalog in order of first appearance: Chinese name → English name (may be empty). */
    public Map<String, String> departments() {
        return Collections.unmodifiableMap(departments);
    }

    /** The item kinds that occur in the catalog. */
    public Set<ItemFlag> flags() {
        return Collections.unmodifiableSet(flags);
    }

    /** The items matching the query, best first: text and common-reading initials, other readings, then gaps. */
    public List<CatalogItem> search(CatalogQuery query) {
        String text = PinyinInitials.normalise(query.text());
        boolean initials = PinyinInitials.isInitialsQuery(text);
        List<List<CatalogItem>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Entry entry : entries) {
            if (!entry.passes(query)) {
                continue;
            }
            int rank = text.isEmpty() || entry.containsText(text) ? 0 : initials ? entry.initials.rank(text) : -1;
            if (rank >= 0) {
                ranks.get(rank).add(entry.item);
            }
        }
        return ranks.stream().flatMap(List::stream).toList();
    }

    private record Entry(CatalogItem item, String texts, PinyinInitials initials) {

        Entry(CatalogItem item) {
            this(item, String.join("\n", item.name(), item.nameEn(), item.department(), item.departmentEn(),
                    item.code()).toLowerCase(Locale.ROOT), PinyinInitials.of(item.name()));
        }

        boolean passes(CatalogQuery query) {
            return query.department().map(item.department()::equals).orElse(true)
                    && query.flag().map(item.flags()::contains).orElse(true);
        }

        boolean containsText(String text) {
            return texts.contains(text);
        }
    }
}
