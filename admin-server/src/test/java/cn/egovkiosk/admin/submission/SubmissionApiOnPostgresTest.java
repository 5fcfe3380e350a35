package cn.egovkiosk.admin.submission;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link SubmissionApiTest} on PostgreSQL. */
@OnPostgres
class SubmissionApiOnPostgresTest extends SubmissionApiTest {
}
