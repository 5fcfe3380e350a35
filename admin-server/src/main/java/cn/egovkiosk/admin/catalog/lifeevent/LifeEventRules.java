package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.support.ApiProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a package or a life event must satisfy before it is stored. The admin UI shows the problem beside its
 * field (the key's second part names it: {@code code}, {@code name}, {@code theme}, {@code items},
 * {@code packages}); the API answers 400 naming the key. Each problem is a message key.
 */
public final class LifeEventRules {

    /** Package and theme codes: capitals, digits, '_' and '-', as in the generated {@code SMYJS01} or {@code BIRTH}. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");
    static final int MAX_NAME = 100;
    /** Fewer would not be "several items done as one". */
    public static final int MIN_ITEMS = 2;

    private LifeEventRules() {
    }

    /**
     * The first problem of a package, empty when it may be stored.
     *
     * @param items  every item of the draft by code
     * @param themes the codes of the life events
     */
    static Optional<String> problem(PackageEdit pack, Map<String, ServiceItem> items, Set<String> themes) {
        Optional<String> naming = naming("package", pack.code(), pack.name(), pack.nameEn());
        if (naming.isPresent()) {
            return naming;
        }
        if (!themes.contains(pack.themeCode())) {
            return Optional.of("catalog.package.theme.required");
        }
        List<String> codes = pack.itemCodes();
        if (codes.stream().distinct().count() != codes.size()) {
            return Optional.of("catalog.package.items.duplicate");
        }
        if (!items.keySet().containsAll(codes)) {
            return Optional.of("catalog.package.items.unknown");
        }
        // a package with an item kiosks cannot serve is left out of what kiosks get: refuse it here, visibly
        if (codes.stream().anyMatch(code -> !items.get(code).kioskAvailable())) {
            return Optional.of("catalog.package.items.notKiosk");
        }
        if (codes.size() < MIN_ITEMS) {
            return Optional.of("catalog.package.items.tooFew");
        }
        return Optional.empty();
    }

    /**
     * The first problem of a life event, empty when it may be stored.
     *
     * @param packages   every package of the draft by code, with the life event it belongs to now
     */
    static Optional<String> problem(ThemeEdit theme, Map<String, String> packages) {
        Optional<String> naming = naming("theme", theme.code(), theme.name(), theme.nameEn());
        if (naming.isPresent()) {
            return naming;
        }
        if (theme.audience() == null) {
            return Optional.of("catalog.theme.audience.required");
        }
        List<String> codes = theme.packageCodes();
        if (codes.stream().distinct().count() != codes.size() || !packages.keySet().containsAll(codes)) {
            return Optional.of("catalog.theme.packages.unknown");
        }
        boolean dropsOne = packages.entrySet().stream()
                .anyMatch(p -> p.getValue().equals(theme.code()) && !codes.contains(p.getKey()));
        return dropsOne ? Optional.of("catalog.theme.packages.kept") : Optional.empty();
    }

    private static Optional<String> naming(String kind, String code, String name, String nameEn) {
        if (!CODE.matcher(code).matches()) {
            return Optional.of("catalog." + kind + ".code.invalid");
        }
        if (name.isBlank() || name.length() > MAX_NAME || nameEn.length() > 2 * MAX_NAME) {
            return Optional.of("catalog." + kind + ".name.required");
        }
        return Optional.empty();
    }

    /** Refuses a request for the broken rule, naming its key (the API's 400). */
    static void refuse(String key) {
        throw ApiProblem.badRequest("The request breaks the rule " + key + ".");
    }
}
