package cn.egovkiosk.protocol.catalog;

/** Kinds of service item that change what a kiosk does with it. */
public enum ItemFlag {
    /** 自助办: can be completed at the kiosk without a clerk. */
    SELF_SERVICE,
    /** 秒批秒办: decided instantly by rules. */
    INSTANT_APPROVAL,
    /** 一证通办: the ID card alone suffices. */
    ID_CARD_ONLY,
    /** 免证办: no certificate to carry, the data is fetched by sharing. */
    NO_CERTIFICATE_NEEDED
}
