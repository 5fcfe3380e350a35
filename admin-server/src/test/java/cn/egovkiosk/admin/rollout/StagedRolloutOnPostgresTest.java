package cn.egovkiosk.admin.rollout;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link StagedRolloutTest} on PostgreSQL. */
@OnPostgres
class StagedRolloutOnPostgresTest extends StagedRolloutTest {
}
