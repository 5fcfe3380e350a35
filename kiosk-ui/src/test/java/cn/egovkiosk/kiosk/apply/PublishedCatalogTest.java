package cn.egovkiosk.kiosk.apply;

import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.catalog.CatalogSync;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A {@link SimulatedKioskTest} whose fake admin server publishes the test's own catalog for each test (synced before
 * the UI opens) and the one it had afterwards, for the tests that share the Spring context.
 */
public abstract class PublishedCatalogTest extends SimulatedKioskTest {

    @Autowired
    protected CatalogSync sync;
    private CatalogSnapshot original;

    /** The catalog the tests of the class apply from. */
    protected abstract CatalogSnapshot catalog();

    @BeforeEach
    void publishTheCatalog() {
        original = ADMIN.catalog();
        ADMIN.publishCatalog(catalog());
        sync.syncNow();
        KioskUiTestSupport.openUi(context);
    }

    @AfterEach
    void restoreTheCatalog() {
        ADMIN.publishCatalog(original);
        sync.syncNow();
    }
}
