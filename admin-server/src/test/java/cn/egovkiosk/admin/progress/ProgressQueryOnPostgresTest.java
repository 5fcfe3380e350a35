package cn.egovkiosk.admin.progress;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link ProgressQueryTest} on PostgreSQL. */
@OnPostgres
class ProgressQueryOnPostgresTest extends ProgressQueryTest {
}
