package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.protocol.catalog.DataSource;

/** What each shared source is called in conditions and audit screens. */
public final class SourceNames {

    private SourceNames() {
    }

    /** The source's name (zh-CN), e.g. 住房公积金缴存记录. */
    public static String zh(DataSource source) {
        return switch (source) {
            case SOCIAL_INSURANCE -> "社会保险参保记录";
            case HOUSING_FUND -> "住房公积金缴存记录";
            case HOUSEHOLD_REGISTER -> "户籍登记记录";
            case REAL_ESTATE -> "不动产登记记录";
            case MARRIAGE_RECORD -> "婚姻登记记录";
        };
    }

    /** The source's name in English. */
    public static String en(DataSource source) {
        return switch (source) {
            case SOCIAL_INSURANCE -> "social insurance record";
            case HOUSING_FUND -> "housing fund record";
            case HOUSEHOLD_REGISTER -> "household register record";
            case REAL_ESTATE -> "real estate record";
            case MARRIAGE_RECORD -> "marriage record";
        };
    }
}
