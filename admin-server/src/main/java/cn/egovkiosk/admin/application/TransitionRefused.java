package cn.egovkiosk.admin.application;

/** A status change that was not made. The message names the rule, never personal data. */
public final class TransitionRefused extends RuntimeException {

    /** Why. */
    public enum Reason {
        UNKNOWN, NOT_ALLOWED, NOTE_TOO_LONG
    }

    private final Reason reason;

    TransitionRefused(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
