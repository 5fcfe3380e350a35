package cn.egovkiosk.kiosk.everify;

/** Why an e-ID code was refused; each has a plain-words message for the resident ({@link #messageKey()}). */
public enum EidRejection {
    /** Not an e-ID code at all (a payment code, a web address, noise). */
    NOT_AN_EID_CODE,
    /** Looks like an e-ID code but its signature is wrong: altered or made up. */
    FORGED,
    /** Genuine, but older than its validity: the resident should refresh the code on the phone. */
    EXPIRED,
    /** Genuine and fresh, but already used once (a screenshot shown again, or a replay). */
    ALREADY_USED,
    /** Signed correctly but unknown to the issuer (revoked, or issued by another environment). */
    UNKNOWN_CODE,
    /** The issuing service could not be asked (network down): the card reader still works. */
    SERVICE_UNAVAILABLE;

    /** The message bundle key that explains it to the resident. */
    public String messageKey() {
        return "eid.rejected." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
