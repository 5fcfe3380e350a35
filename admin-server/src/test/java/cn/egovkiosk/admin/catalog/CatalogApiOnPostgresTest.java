package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link CatalogApiTest} on PostgreSQL. */
@OnPostgres
class CatalogApiOnPostgresTest extends CatalogApiTest {
}
