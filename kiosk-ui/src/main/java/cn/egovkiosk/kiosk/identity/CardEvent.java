package cn.egovkiosk.kiosk.identity;

/**
 * What the ID card reader saw. Events carry no personal data: a screen that wants the identity of a card just read
 * claims it from {@link CardWatcher#claim()}, so exactly one screen gets it.
 */
public sealed interface CardEvent {

    /** A card was put in the field and read; its identity waits to be claimed. */
    record Read() implements CardEvent {
    }

    /** A card is in the field but could not be read. */
    record ReadFailed(int statusCode) implements CardEvent {
    }

    /**
     * The card left the field.
     *
     * @param readCardLeft true when the card that was read lay on the reader afterwards and has now been taken away;
     *                     false when the reader cannot tell (most SAM modules stop finding a card once it was read, so
     *                     for them "gone" right after a read may only mean "read")
     */
    record Removed(boolean readCardLeft) implements CardEvent {

        public Removed() {
            this(false);
        }
    }

    /** The reader stopped answering (or there is none). */
    record ReaderUnavailable() implements CardEvent {
    }
}
