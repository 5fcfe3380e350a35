package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link HeartbeatApiTest} on PostgreSQL. */
@OnPostgres
class HeartbeatApiOnPostgresTest extends HeartbeatApiTest {
}
