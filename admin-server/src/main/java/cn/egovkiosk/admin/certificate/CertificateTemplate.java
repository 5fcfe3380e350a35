package cn.egovkiosk.admin.certificate;

import cn.egovkiosk.protocol.catalog.DataSource;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

/**
 * The certificates (证明) the server issues from shared data (免证办), each built from one data source. Which demo
 * items issue which one is the table {@link #BY_ITEM}: the seeded items' codes are stable (fixed seed), and a table
 * says plainly what the demo does.
 */
public enum CertificateTemplate {
    SOCIAL_INSURANCE_RECORD("社保参保证明", "Social insurance record", "思明区人力资源和社会保障局",
            DataSource.SOCIAL_INSURANCE, Period.ofDays(90), false),
    HOUSING_FUND_RECORD("公积金缴存证明", "Housing fund contribution record", "厦门市住房公积金中心思明管理部",
            DataSource.HOUSING_FUND, Period.ofDays(90), false),
    REAL_ESTATE_RECORD("不动产登记信息查询结果", "Real estate registration search result", "厦门市不动产登记中心思明分中心",
            DataSource.REAL_ESTATE, Period.ofDays(30), true),
    HOUSEHOLD_REGISTER("户籍证明", "Household register certificate", "厦门市公安局思明分局",
            DataSource.HOUSEHOLD_REGISTER, Period.ofDays(90), false),
    MARRIAGE_RECORD("婚姻登记记录证明", "Marriage registration record", "思明区民政局婚姻登记处",
            DataSource.MARRIAGE_RECORD, Period.ofDays(90), true);

    /** Demo items that issue a certificate: item code → template. */
    static final Map<String, CertificateTemplate> BY_ITEM = Map.of(
            "11350203MB0000002B4442115003000", SOCIAL_INSURANCE_RECORD, // 社会保险参保缴费记录查询 (秒批)
            "12350200MB0000004D4442116001000", HOUSING_FUND_RECORD, // 住房公积金缴存证明打印 (秒批)
            "11350203MB000002772000000235000", HOUSING_FUND_RECORD, // 住房公积金账户证明打印 (免证办)
            "11350203MB0000115M2000000276000", REAL_ESTATE_RECORD, // 不动产登记资料证明打印 (免证办)
            "11350203MB0000115M2000000029000", REAL_ESTATE_RECORD, // 不动产权属查询 (秒批)
            "11350203MB0000043W2000000061000", HOUSEHOLD_REGISTER, // 户籍查询 (秒批)
            "11350203MB000003520700000150000", MARRIAGE_RECORD); // 婚姻补办 (免证办)

    private final String title;
    private final String titleEn;
    private final String issuer;
    private final DataSource source;
    private final Period validity;
    private final boolean certifiesAbsence;

    CertificateTemplate(String title, String titleEn, String issuer, DataSource source, Period validity,
            boolean certifiesAbsence) {
        this.title = title;
        this.titleEn = titleEn;
        this.issuer = issuer;
        this.source = source;
        this.validity = validity;
        this.certifiesAbsence = certifiesAbsence;
    }

    /** The template the item issues, if any. */
    public static Optional<CertificateTemplate> forItem(String itemCode) {
        return Optional.ofNullable(BY_ITEM.get(itemCode));
    }

    /** The template with this protocol id, if any. */
    public static Optional<CertificateTemplate> byId(String id) {
        for (CertificateTemplate template : values()) {
            if (template.name().equals(id)) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    /** The title printed on top (zh-CN). */
    public String title() {
        return title;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The body that issues it (zh-CN). */
    public String issuer() {
        return issuer;
    }

    /** The shared data it is built from: the resident must have consented to it. */
    public DataSource source() {
        return source;
    }

    /** How long after issue it may be relied on. */
    public Period validity() {
        return validity;
    }

    /**
     * Whether "no record" is itself certified: 无房 (no real estate) and 无婚姻登记记录 are facts residents need proved.
     * The other templates need a record.
     */
    public boolean certifiesAbsence() {
        return certifiesAbsence;
    }
}
