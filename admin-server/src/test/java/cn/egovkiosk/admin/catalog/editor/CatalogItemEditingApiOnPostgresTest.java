package cn.egovkiosk.admin.catalog.editor;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link CatalogItemEditingApiTest} on PostgreSQL. */
@OnPostgres
class CatalogItemEditingApiOnPostgresTest extends CatalogItemEditingApiTest {
}
