package cn.egovkiosk.admin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The PostgreSQL the storage tests run against: {@code EGOV_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}
 * (set by {@code scripts/test-postgres.sh}, which {@code run-tests} sources). Each test JVM works in schemas of its
 * own, dropped when it exits. Without a reachable server the tests are skipped, except under {@code CI=true}, where
 * they run and fail: CI must not pass without having tested PostgreSQL.
 */
public final class TestPostgres {

    static final String URL = env("EGOV_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/egov_test");
    static final String USER = env("EGOV_TEST_POSTGRES_USER", "egov");
    static final String PASSWORD = env("EGOV_TEST_POSTGRES_PASSWORD", "egov-test-only");
    private static final String SHARED_SCHEMA = newSchema();

    private TestPostgres() {
    }

    /** A schema name not used before; Flyway creates it. */
    public static String newSchema() {
        String schema = "egov_t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(schema)));
        return schema;
    }

    /** Spring settings of a server on the given schema, as {@code --name=value} arguments. */
    public static List<String> arguments(String schema) {
        return List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema);
    }

    static boolean reachable() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void drop(String schema) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // the server went away first; the schema is left for the next cleanup by hand
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Points a test's application context at the JVM's shared schema with the profile {@code postgres}. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // the profile itself comes from @ActiveProfiles: here it would be too late
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, arguments(SHARED_SCHEMA).stream()
                    .filter(argument -> !argument.startsWith("--spring.profiles"))
                    .map(argument -> argument.substring(2)).toArray(String[]::new));
        }
    }

    /** Skips PostgreSQL tests where there is no PostgreSQL, unless {@code CI=true}. */
    public static final class Availability implements ExecutionCondition {

        private static Boolean reachable;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (reachable == null) {
                reachable = reachable();
            }
            if (reachable) {
                return ConditionEvaluationResult.enabled("PostgreSQL is reachable at " + URL);
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests must run, and will fail");
            }
            return ConditionEvaluationResult.disabled("No PostgreSQL at " + URL + " (run scripts/test-postgres.sh)");
        }
    }
}
