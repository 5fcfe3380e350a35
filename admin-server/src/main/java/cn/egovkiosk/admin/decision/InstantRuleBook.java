package cn.egovkiosk.admin.decision;

import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.decision.InstantRule.AgeAtLeast;
import cn.egovkiosk.admin.decision.InstantRule.FactAtLeast;
import cn.egovkiosk.admin.decision.InstantRule.HasNoRecord;
import cn.egovkiosk.admin.decision.InstantRule.HasRecord;
import cn.egovkiosk.admin.decision.InstantRule.ResidesIn;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 秒批 rules of each item flagged 秒批: hand-written for the demo's showcase items, otherwise derived from the
 * item's department and name, so that every one of the 65 has rules that fit it. Deterministic: the same item
 * always gets the same rules.
 */
public final class InstantRuleBook {

    static final ResidesIn IN_SIMING = new ResidesIn("思明区", "Siming District");
    private static final HasNoRecord NO_HOME_IN_CITY = new HasNoRecord(DataSource.REAL_ESTATE, "申请人在本市无登记住房",
            "The applicant owns no registered home in the city");

    private static final Map<String, List<InstantRule>> BY_ITEM = Map.of(
            // 社会保险参保缴费记录查询
            "11350203MB0000002B4442115003000", List.of(new HasRecord(DataSource.SOCIAL_INSURANCE)),
            // 住房公积金缴存证明打印
            "12350200MB0000004D4442116001000", List.of(new AgeAtLeast(16), new HasRecord(DataSource.HOUSING_FUND)),
            // 住房公积金提取（租房）
            "12350200MB0000005E4442116002000", List.of(new AgeAtLeast(18), FactAtLeast.housingFundMonths(3),
                    NO_HOME_IN_CITY, IN_SIMING),
            // 不动产权属查询: the result says what is registered, or that nothing is
            "11350203MB0000115M2000000029000", List.of(new AgeAtLeast(18)),
            // 户籍查询
            "11350203MB0000043W2000000061000", List.of(new HasRecord(DataSource.HOUSEHOLD_REGISTER)));

    // departments whose items rest on where the applicant lives
    private static final Set<String> RESIDENCE_DEPARTMENTS = Set.of("CA", "CON", "EDU", "DPF", "VET", "MED", "HEA");

    private InstantRuleBook() {
    }

    /** The item's rules, empty when it is not a 秒批 item. */
    public static List<InstantRule> forItem(ServiceItem item) {
        if (!item.flags().contains(ItemFlag.INSTANT_APPROVAL)) {
            return List.of();
        }
        List<InstantRule> explicit = BY_ITEM.get(item.code());
        return explicit != null ? explicit : derived(item);
    }

    /** The shared sources the item's rules read. */
    public static Set<DataSource> sources(ServiceItem item) {
        Set<DataSource> sources = EnumSet.noneOf(DataSource.class);
        forItem(item).forEach(rule -> rule.source().ifPresent(sources::add));
        return sources;
    }

    private static List<InstantRule> derived(ServiceItem item) {
        List<InstantRule> rules = new ArrayList<>();
        String name = item.name();
        rules.add(new AgeAtLeast(name.contains("高龄") ? 80 : name.contains("养老") || name.contains("老年") ? 60 : 18));
        String department = item.departmentCode().substring(item.departmentCode().indexOf('-') + 1);
        switch (department) {
            case "HRSS" -> rules.add(new HasRecord(DataSource.SOCIAL_INSURANCE));
            case "HPF" -> rules.add(new HasRecord(DataSource.HOUSING_FUND));
            case "PSB" -> rules.add(new HasRecord(DataSource.HOUSEHOLD_REGISTER));
            case "RE" -> rules.add(new HasRecord(DataSource.REAL_ESTATE));
            default -> {
                if (RESIDENCE_DEPARTMENTS.contains(department)) {
                    rules.add(IN_SIMING);
                }
            }
        }
        return List.copyOf(rules);
    }
}
