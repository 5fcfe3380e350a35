package cn.egovkiosk.admin.catalog.seed;

import cn.egovkiosk.admin.catalog.model.Department;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import cn.egovkiosk.admin.catalog.model.ItemPackage;
import cn.egovkiosk.admin.catalog.model.ServedParty;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.catalog.model.Theme;
import cn.egovkiosk.admin.catalog.seed.SeedItems.SeedItem;
import cn.egovkiosk.admin.catalog.seed.WordLists.DepartmentWords;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes the demo catalogs from the word lists. Item names are subject + action ("居住证" + "补办"); which
 * combinations become items, and which items get which flags, is drawn with a fixed seed per district, so the
 * catalogs are the same on every run and every machine.
 */
public final class DemoCatalogGenerator {

    static final long SEED = 20_240_109L; // 国发〔2024〕3号, "高效办成一件事"
    static final District SIMING = new District("350203", "思明区", "", 292, 28, true);
    // six districts of 544 items each; the hand-written items stay out, their codes would repeat
    static final List<District> CITY = List.of(new District("350203", "思明区", "SM-", 292, 252, false),
            new District("350206", "湖里区", "HL-", 292, 252, false),
            new District("350211", "集美区", "JM-", 292, 252, false),
            new District("350205", "海沧区", "HC-", 292, 252, false),
            new District("350212", "同安区", "TA-", 292, 252, false),
            new District("350213", "翔安区", "XA-", 292, 252, false));

    private DemoCatalogGenerator() {
    }

    /** The seeded district: 25 departments, 292 kiosk items and 28 counter-only ones, 35 packages. */
    public static DemoCatalog district() {
        return generate(List.of(SIMING));
    }

    /** The city-wide set for benchmarks: six districts, 3,264 items, the first district's packages. */
    public static DemoCatalog city() {
        return generate(CITY);
    }

    static DemoCatalog generate(List<District> districts) {
        List<Department> departments = new ArrayList<>();
        List<ServiceItem> items = new ArrayList<>();
        List<FormSchema> forms = new ArrayList<>();
        for (District district : districts) {
            DistrictCatalog catalog = new DistrictCatalog(district, WordLists.departments(),
                    new Random(SEED ^ Long.parseLong(district.regionCode())));
            departments.addAll(catalog.departments);
            items.addAll(catalog.items);
            forms.addAll(catalog.forms);
        }
        List<Theme> themes = Packages.themes();
        String prefix = districts.getFirst().codePrefix();
        List<ItemPackage> packages = Packages.make(items.stream()
                .filter(item -> item.kioskAvailable() && item.departmentCode().startsWith(prefix)).toList(),
                prefix, new Random(SEED));
        return new DemoCatalog(departments, items, forms, themes, packages);
    }

    /** One district's departments, items and forms. */
    private static final class DistrictCatalog {

        final List<Department> departments = new ArrayList<>();
        final List<ServiceItem> items = new ArrayList<>();
        final List<FormSchema> forms = new ArrayList<>();
        private final District district;
        private final Random random;

        DistrictCatalog(District district, List<DepartmentWords> words, Random random) {
            this.district = district;
            this.random = random;
            for (int i = 0; i < words.size(); i++) {
                DepartmentWords w = words.get(i);
                departments.add(new Department(district.codePrefix() + w.code(), localName(w.name()), w.nameEn(),
                        CreditCodes.forDepartment(district.regionCode(), i + 1)));
            }
            List<Combination> combinations = combinations(words);
            List<SeedItem> seeds = district.seedItems() ? SeedItems.ALL : List.of();
            Set<String> names = new HashSet<>(seeds.stream().map(SeedItem::name).toList());
            List<Combination> kiosk = take(combinations, names, district.kioskItems() - seeds.size(), c -> true);
            List<Combination> window = take(combinations, names, district.windowItems(), c -> c.action.windowCapable());
            List<Set<ItemFlag>> flags = FlagAssignment.assign(kiosk.stream().map(c -> c.action).toList(),
                    FlagTargets.DISTRICT.minus(seeds.stream().map(SeedItem::flags).toList()), random);
            seeds.forEach(seed -> add(seed.code(), seed.name(), seed.nameEn(), words.get(departmentIndex(words, seed)),
                    departmentIndex(words, seed), seed.action(), seed.flags(), true, seed));
            for (int i = 0; i < kiosk.size(); i++) {
                addGenerated(kiosk.get(i), flags.get(i), true, words);
            }
            window.forEach(c -> addGenerated(c, Set.of(), false, words));
        }

        // the seeded district keeps the word list's names, which V2 and the protocol fixtures use
        private String localName(String name) {
            if (district.codePrefix().isEmpty()) {
                return name;
            }
            String local = name.replace("思明", district.shortName());
            return local.startsWith("区") ? district.name() + local.substring(1) : local;
        }

        private List<Combination> combinations(List<DepartmentWords> words) {
            List<Combination> all = new ArrayList<>();
            for (int d = 0; d < words.size(); d++) {
                for (Word subject : words.get(d).subjects()) {
                    for (ItemAction action : ItemAction.values()) {
                        all.add(new Combination(d, subject, action));
                    }
                }
            }
            Collections.shuffle(all, random);
            return all;
        }

        private static List<Combination> take(List<Combination> from, Set<String> names, int count,
                java.util.function.Predicate<Combination> suits) {
            List<Combination> taken = new ArrayList<>();
            for (var it = from.iterator(); it.hasNext() && taken.size() < count; ) {
                Combination c = it.next();
                if (suits.test(c) && names.add(c.subject.zh() + c.action.zh)) {
                    taken.add(c);
                    it.remove();
                }
            }
            if (taken.size() < count) {
                throw new IllegalStateException("the word lists give only " + taken.size() + " of " + count + " items");
            }
            return taken;
        }

        private static int departmentIndex(List<DepartmentWords> words, SeedItem seed) {
            return words.indexOf(words.stream().filter(w -> w.code().equals(seed.departmentCode())).findFirst()
                    .orElseThrow());
        }

        private void addGenerated(Combination c, Set<ItemFlag> flags, boolean kiosk, List<DepartmentWords> words) {
            Department department = departments.get(c.department);
            String code = department.creditCode() + c.action.type.codeDigits()
                    + "%08d".formatted(items.size() + 1) + "000";
            String nameEn = c.subject.en() + " " + c.action.en;
            add(code, c.subject.zh() + c.action.zh, Character.toUpperCase(nameEn.charAt(0)) + nameEn.substring(1),
                    words.get(c.department), c.department, c.action, flags, kiosk, null);
        }

        private void add(String code, String name, String nameEn, DepartmentWords words, int departmentIndex,
                ItemAction action, Set<ItemFlag> flags, boolean kiosk, SeedItem seed) {
            String subject = seed == null ? name.substring(0, name.length() - action.zh.length()) : seed.subject();
            var fee = ItemElements.fee(action);
            Set<ServedParty> served = words.servesLegalPersons()
                    ? EnumSet.allOf(ServedParty.class) : EnumSet.of(ServedParty.NATURAL_PERSON);
            items.add(new ServiceItem(code, name, nameEn, departments.get(departmentIndex).code(), action.type,
                    ItemElements.limits(action, flags, random), ItemElements.acceptanceConditions(subject, action),
                    ItemElements.process(flags, kiosk), ItemElements.materials(subject, action, flags, words), fee,
                    ItemElements.place(district, departmentIndex + 1, kiosk), served, kiosk, flags,
                    seed != null ? seed.devices() : ItemElements.devices(action, fee, kiosk),
                    seed != null ? seed.displayOrder() : 100 + items.size()));
            forms.add(FormTemplates.forItem(code, action));
        }
    }

    private record Combination(int department, Word subject, ItemAction action) {
    }
}
