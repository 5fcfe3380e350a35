package cn.egovkiosk.admin.catalog.model;

/** 办件类型 (the national dictionary codes them 1 and 2). */
public enum CaseType {
    /** 即办件: decided when accepted; the promised time limit is 0. */
    IMMEDIATE,
    /** 承诺件: decided within the promised number of working days. */
    PROMISED
}
