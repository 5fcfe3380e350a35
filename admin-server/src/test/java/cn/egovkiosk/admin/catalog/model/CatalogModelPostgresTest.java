package cn.egovkiosk.admin.catalog.model;

import cn.egovkiosk.admin.support.OnPostgres;

/** The catalog storage checks of {@link CatalogModelSqliteTest} on PostgreSQL. */
@OnPostgres
class CatalogModelPostgresTest extends CatalogModelSqliteTest {
}
