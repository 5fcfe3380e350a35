package cn.egovkiosk.admin.device;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link DeviceConfigurationTest} on PostgreSQL. */
@OnPostgres
class DeviceConfigurationOnPostgresTest extends DeviceConfigurationTest {
}
