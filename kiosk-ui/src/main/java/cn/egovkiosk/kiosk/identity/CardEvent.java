package cn.egovkiosk.kiosk.identity;

import cn.egovkiosk.device.idcard.ResidentIdentity;

/** What the ID card reader saw. {@link ResidentIdentity#toString()} hides every field, so events may be logged. */
public sealed interface CardEvent {

    /** A card was put in the field and read. */
    record Read(ResidentIdentity identity) implements CardEvent {
    }

    /** A card is in the field but could not be read. */
    record ReadFailed(int statusCode) implements CardEvent {
    }

    /** The card left the field. */
    record Removed() implements CardEvent {
    }

    /** The reader stopped answering (or there is none). */
    record ReaderUnavailable() implements CardEvent {
    }
}
