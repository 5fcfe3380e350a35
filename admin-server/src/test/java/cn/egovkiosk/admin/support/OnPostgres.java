package cn.egovkiosk.admin.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a server test class against PostgreSQL ({@link TestPostgres}) instead of SQLite. Subclassing an existing
 * test with this annotation runs the same tests on the other database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = TestPostgres.Initializer.class)
@ExtendWith(TestPostgres.Availability.class)
public @interface OnPostgres {
}
