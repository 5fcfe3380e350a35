package cn.egovkiosk.admin.catalog.seed;

import cn.egovkiosk.admin.catalog.model.CatalogWriter;
import cn.egovkiosk.admin.support.Sha256;
import java.nio.ByteBuffer;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway V5: writes the generated district catalog (both databases, through the same statements). The seven items
 * of V2 get their remaining elements; everything else is added. The checksum is the generated content's, so a
 * changed generator is noticed by Flyway's validation instead of silently differing between servers.
 */
@Component
class DemoCatalogMigration implements JavaMigration {

    private final DemoCatalog catalog = DemoCatalogGenerator.district();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "generated demo catalog";
    }

    @Override
    public Integer getChecksum() {
        return ByteBuffer.wrap(Sha256.digest(catalog.toString())).getInt();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        CatalogWriter writer = new CatalogWriter(JdbcClient.create(
                new SingleConnectionDataSource(context.getConnection(), true)));
        catalog.departments().forEach(writer::department);
        catalog.items().forEach(writer::item);
        catalog.forms().forEach(writer::form);
        catalog.themes().forEach(writer::theme);
        for (int i = 0; i < catalog.packages().size(); i++) {
            writer.itemPackage(catalog.packages().get(i), (i + 1) * 10);
        }
    }
}
