package cn.egovkiosk.admin.catalog.model;

/** 事项类型: the kinds of government service item in scope of the implementation list. */
public enum ItemType {
    /** 行政许可. */
    LICENSING("01"),
    /** 行政给付. */
    BENEFIT("03"),
    /** 行政确认. */
    CONFIRMATION("07"),
    /** 行政备案. */
    FILING("09"),
    /** 公共服务. */
    PUBLIC_SERVICE("20");

    private final String codeDigits;

    ItemType(String codeDigits) {
        this.codeDigits = codeDigits;
    }

    /** The two digits this type contributes to an implementation code. */
    public String codeDigits() {
        return codeDigits;
    }
}
