package cn.egovkiosk.admin.support;

import java.time.LocalDate;

/**
 * A range of days asked for in the management API, both ends inclusive: the last {@code defaultDays} up to today
 * when neither end is given.
 */
public record DayRange(LocalDate from, LocalDate to) {

    private static final int LONGEST_DAYS = 3660;

    /**
     * @param from  the first day asked for, null for {@code defaultDays} before {@code to}
     * @param to    the last day asked for, null for today
     * @throws ApiProblem 400 when from is after to or the range is longer than ten years
     */
    public static DayRange of(LocalDate from, LocalDate to, LocalDate today, int defaultDays) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(defaultDays - 1) : from;
        if (start.isAfter(end) || start.plusDays(LONGEST_DAYS).isBefore(end)) {
            throw ApiProblem.badRequest("from must not be after to, and the range at most " + LONGEST_DAYS
                    + " days.");
        }
        return new DayRange(start, end);
    }
}
