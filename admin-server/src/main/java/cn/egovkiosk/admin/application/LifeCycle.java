package cn.egovkiosk.admin.application;

import static cn.egovkiosk.protocol.submission.SubmissionStatus.ACCEPTED;
import static cn.egovkiosk.protocol.submission.SubmissionStatus.APPROVED;
import static cn.egovkiosk.protocol.submission.SubmissionStatus.COMPLETED;
import static cn.egovkiosk.protocol.submission.SubmissionStatus.MORE_NEEDED;
import static cn.egovkiosk.protocol.submission.SubmissionStatus.RECEIVED;
import static cn.egovkiosk.protocol.submission.SubmissionStatus.REJECTED;

import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status may follow which: received → accepted → approved / rejected / more needed → completed. A 即办件 or a
 * 秒批 decision may approve straight from received; more needed returns to accepted once the resident supplied
 * what was missing. Rejected and completed are final.
 */
public final class LifeCycle {

    private static final Map<SubmissionStatus, Set<SubmissionStatus>> NEXT = new EnumMap<>(SubmissionStatus.class);

    static {
        NEXT.put(RECEIVED, EnumSet.of(ACCEPTED, APPROVED, REJECTED, MORE_NEEDED));
        NEXT.put(ACCEPTED, EnumSet.of(APPROVED, REJECTED, MORE_NEEDED));
        NEXT.put(MORE_NEEDED, EnumSet.of(ACCEPTED, REJECTED));
        NEXT.put(APPROVED, EnumSet.of(COMPLETED));
        NEXT.put(REJECTED, EnumSet.noneOf(SubmissionStatus.class));
        NEXT.put(COMPLETED, EnumSet.noneOf(SubmissionStatus.class));
    }

    private LifeCycle() {
    }

    /** The statuses an application in {@code from} may move to. */
    public static Set<SubmissionStatus> next(SubmissionStatus from) {
        return EnumSet.copyOf(NEXT.get(from)); // copyOf of an EnumSet accepts an empty one
    }

    public static boolean allows(SubmissionStatus from, SubmissionStatus to) {
        return NEXT.get(from).contains(to);
    }
}
