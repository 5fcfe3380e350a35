package cn.egovkiosk.device.idcard;

/** Identity documents a SAM reader reads; the type letter sits at offset 248 of the text block. */
public enum CardType {
    /** 居民身份证, second generation. */
    RESIDENT,
    /** 港澳台居民居住证, type letter {@code J}. */
    HMT_RESIDENCE_PERMIT,
    /** 外国人永久居留身份证 2017, type letter {@code I}. */
    FOREIGN_PERMANENT_RESIDENT_2017,
    /** 外国人永久居留身份证 2023, type letter {@code Y}. */
    FOREIGN_PERMANENT_RESIDENT_2023
}
