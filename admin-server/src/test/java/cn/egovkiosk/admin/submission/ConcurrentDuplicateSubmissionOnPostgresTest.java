package cn.egovkiosk.admin.submission;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link ConcurrentDuplicateSubmissionTest} on PostgreSQL. */
@OnPostgres
class ConcurrentDuplicateSubmissionOnPostgresTest extends ConcurrentDuplicateSubmissionTest {
}
