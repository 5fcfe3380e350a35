package cn.egovkiosk.admin.catalog.editor;

import cn.egovkiosk.admin.support.OnPostgres;
import cn.egovkiosk.admin.support.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tests of {@link CatalogItemEditingApiTest} on PostgreSQL, in a schema of their own: items cannot be deleted,
 * and the PostgreSQL storage checks of the seed, on the JVM's shared schema, want the items as generated.
 */
@OnPostgres
class CatalogItemEditingApiOnPostgresTest extends CatalogItemEditingApiTest {

    private static final String SCHEMA = TestPostgres.newSchema();

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        TestPostgres.arguments(SCHEMA).stream().filter(argument -> !argument.startsWith("--spring.profiles"))
                .map(argument -> argument.substring(2).split("=", 2))
                .forEach(setting -> registry.add(setting[0], () -> setting[1]));
    }
}
