package cn.egovkiosk.kiosk.catalog;

import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogPackage;
import cn.egovkiosk.protocol.catalog.CatalogTheme;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One catalog version prepared for searching: lower-cased texts and pinyin initials of every item, computed once, so a
 * keystroke costs a scan over prepared arrays, not pinyin look-ups.
 */
public final class CatalogIndex {

    private final long version;
    private final List<Entry> entries;
    private final Map<String, String> departments = new LinkedHashMap<>();
    private final Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
    private final Map<String, CatalogItem> byCode;
    private final List<CatalogPackage> packages;
    private final List<CatalogTheme> themes;

    CatalogIndex(long version, List<CatalogItem> items) {
        this(version, items, List.of(), List.of());
    }

    CatalogIndex(long version, List<CatalogItem> items, List<CatalogPackage> packages, List<CatalogTheme> themes) {
        this.version = version;
        this.entries = items.stream().map(Entry::new).toList();
        this.byCode = items.stream().collect(Collectors.toUnmodifiableMap(CatalogItem::code, Function.identity(),
                (first, again) -> first));
        this.packages = List.copyOf(packages);
        this.themes = List.copyOf(themes);
        for (CatalogItem item : items) {
            departments.putIfAbsent(item.department(), item.departmentEn());
            flags.addAll(item.flags());
        }
    }

    /** An index of {@code items} alone, e.g. for a benchmark of the search over a generated catalog. */
    public static CatalogIndex of(long version, List<CatalogItem> items) {
        return new CatalogIndex(version, items);
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

    public Optional<CatalogItem> item(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The 一件事 packages in display order. */
    public List<CatalogPackage> packages() {
        return packages;
    }

    public Optional<CatalogPackage> catalogPackage(String code) {
        return packages.stream().filter(pack -> pack.code().equals(code)).findFirst();
    }

    /** The life-event themes that have at least one package, in display order. */
    public List<CatalogTheme> themes() {
        return themes.stream().filter(theme -> packages.stream()
                .anyMatch(pack -> pack.themeCode().equals(theme.code()))).toList();
    }

    public List<CatalogPackage> packagesOf(String themeCode) {
        return packages.stream().filter(pack -> pack.themeCode().equals(themeCode)).toList();
    }

    /** The packages of a theme (all when empty) whose name matches {@code text} as the item search does. */
    public List<CatalogPackage> searchPackages(String text, Optional<String> themeCode) {
        String wanted = PinyinInitials.normalise(text);
        boolean initials = PinyinInitials.isInitialsQuery(wanted);
        return packages.stream().filter(pack -> themeCode.map(pack.themeCode()::equals).orElse(true))
                .filter(pack -> wanted.isEmpty() || (pack.name() + "\n" + pack.nameEn()).toLowerCase(Locale.ROOT)
                        .contains(wanted) || initials && PinyinInitials.of(pack.name()).rank(wanted) >= 0)
                .toList();
    }

    /** The items matching the query, best first: text and common-reading initials, other readings, then gaps. */
    public List<CatalogItem> search(CatalogQuery query) {
        String text = PinyinInitials.normalise(query.text());
        boolean initials = PinyinInitials.isInitialsQuery(text);
        long letters = PinyinInitials.lettersOf(text);
        List<List<CatalogItem>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Entry entry : entries) {
            if (!entry.passes(query)) {
                continue;
            }
            int rank = text.isEmpty() || entry.containsText(text) ? 0
                    : initials && entry.initials.mayMatch(letters) ? entry.initials.rank(text) : -1;
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
