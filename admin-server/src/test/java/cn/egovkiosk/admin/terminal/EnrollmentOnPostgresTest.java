package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link EnrollmentTest} on PostgreSQL. */
@OnPostgres
class EnrollmentOnPostgresTest extends EnrollmentTest {
}
