package cn.egovkiosk.admin.catalog.model;

/**
 * 法定办结时限 and 承诺办结时限, in working days.
 *
 * @param caseType     即办件 or 承诺件
 * @param legalDays    the limit set by law
 * @param promisedDays the limit the department promises; 0 for 即办件, at most the legal limit
 */
public record TimeLimits(CaseType caseType, int legalDays, int promisedDays) {

    public TimeLimits {
        if (legalDays < 0 || promisedDays < 0 || promisedDays > legalDays) {
            throw new IllegalArgumentException("time limits need 0 <= promised <= legal days");
        }
        if (caseType == CaseType.IMMEDIATE && promisedDays != 0) {
            throw new IllegalArgumentException("an immediate case (即办件) promises 0 days");
        }
    }
}
