package cn.egovkiosk.admin.sharing;

/** Keys of the facts shared sources deliver, as rules and templates read them. */
public final class FactKeys {

    /** 参保状态 / 账户状态 / 婚姻状况: the record's main state. */
    public static final String STATUS = "status";
    /** 累计缴费月数 (social insurance) or 连续缴存月数 (housing fund). */
    public static final String MONTHS_CONTRIBUTED = "monthsContributed";
    /** 户籍地址. */
    public static final String REGISTERED_ADDRESS = "registeredAddress";
    /** 登记不动产数量. */
    public static final String PROPERTY_COUNT = "propertyCount";

    private FactKeys() {
    }
}
