package cn.egovkiosk.kiosk.everify;

import cn.egovkiosk.kiosk.identity.VerifiedIdentity;

/** What the issuing service said about one e-ID code. */
public sealed interface EidCheck {

    /** The code was genuine, fresh and unused: this is who showed it (document type {@code E_ID}, no address). */
    record Verified(VerifiedIdentity identity) implements EidCheck {
    }

    /** The code was refused; nothing of anybody is known. */
    record Rejected(EidRejection reason) implements EidCheck {
    }
}
