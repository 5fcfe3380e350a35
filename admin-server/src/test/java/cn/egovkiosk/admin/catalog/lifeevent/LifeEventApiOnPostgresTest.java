package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link LifeEventApiTest} on PostgreSQL. */
@OnPostgres
class LifeEventApiOnPostgresTest extends LifeEventApiTest {
}
