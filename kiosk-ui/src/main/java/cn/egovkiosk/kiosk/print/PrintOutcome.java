package cn.egovkiosk.kiosk.print;

import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.MediaState;
import java.util.Locale;

/** How an A4 job ended, in the terms a resident is told (message key {@code print.outcome.<name>}). */
public enum PrintOutcome {
    PRINTED, NO_PRINTER, PAPER_OUT, OFFLINE, NEEDS_STAFF, FAULT;

    /** The message key of the plain-words explanation. */
    public String messageKey() {
        return "print.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean printed() {
        return this == PRINTED;
    }

    /** Why a job failed, from the printer's status after the failure. */
    static PrintOutcome failureFrom(DeviceStatus status) {
        if (status.media() == MediaState.OUT) {
            return PAPER_OUT;
        }
        return switch (status.state()) {
            case NO_DEVICE -> NO_PRINTER;
            case OFFLINE -> OFFLINE;
            case USER_ERROR -> NEEDS_STAFF;
            case ONLINE, BUSY, HARDWARE_ERROR -> FAULT;
        };
    }
}
