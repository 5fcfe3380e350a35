package cn.egovkiosk.admin.catalog.model;

/** 服务对象: who may apply. */
public enum ServedParty {
    /** 自然人. */
    NATURAL_PERSON,
    /** 企业法人 and other legal persons. */
    LEGAL_PERSON
}
