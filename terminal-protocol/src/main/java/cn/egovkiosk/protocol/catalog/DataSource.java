package cn.egovkiosk.protocol.catalog;

/**
 * Shared data sources (数据共享) the server may consult by ID number for an item: for 秒批 rules and for 免证办
 * certificates. The kiosk asks the resident's consent for exactly these before it submits (PIPL).
 */
public enum DataSource {
    /** 社会保险参保缴费记录. */
    SOCIAL_INSURANCE,
    /** 住房公积金缴存记录. */
    HOUSING_FUND,
    /** 户籍登记. */
    HOUSEHOLD_REGISTER,
    /** 不动产登记. */
    REAL_ESTATE,
    /** 婚姻登记记录. */
    MARRIAGE_RECORD
}
