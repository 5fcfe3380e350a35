package cn.egovkiosk.kiosk.everify;

/**
 * Checks an e-ID code (电子身份证 / 网证 QR) a resident shows from their phone with the service that issued it, and
 * yields the identity behind it. A code is an opaque, signed, short-lived, one-time token: the identity is never in
 * the code itself, only in the issuer's answer. Implementations may block on the network: call them off the UI and
 * device threads ({@link EidVerification} does).
 */
public interface IdentityVerifier {

    /**
     * @param code the code's text as the scanner read it; never logged
     * @return the verified identity, or why the code was refused
     */
    EidCheck verify(String code);
}
