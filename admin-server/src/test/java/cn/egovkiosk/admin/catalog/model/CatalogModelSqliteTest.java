package cn.egovkiosk.admin.catalog.model;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class CatalogModelSqliteTest extends AdminServerTestSupport {

    @Autowired
    CatalogReader reader;
    @Autowired
    CatalogWriter writer;
    @Autowired
    PublishedCatalog published;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theMigrationsWroteTheGeneratedCatalog() {
        CatalogModelStorageChecks.theMigrationsWroteTheGeneratedCatalog(reader);
    }

    @Test
    void versionOneCarriesTheKioskItems() {
        CatalogModelStorageChecks.versionOneCarriesTheKioskItems(published);
    }

    @Test
    void writingAnItemTwiceLeavesOneCopy() {
        transaction.executeWithoutResult(
                status -> CatalogModelStorageChecks.writingAnItemTwiceLeavesOneCopy(reader, writer, jdbc));
    }
}
