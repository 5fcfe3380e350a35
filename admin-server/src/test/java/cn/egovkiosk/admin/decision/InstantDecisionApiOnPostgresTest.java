package cn.egovkiosk.admin.decision;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link InstantDecisionApiTest} on PostgreSQL. */
@OnPostgres
class InstantDecisionApiOnPostgresTest extends InstantDecisionApiTest {
}
