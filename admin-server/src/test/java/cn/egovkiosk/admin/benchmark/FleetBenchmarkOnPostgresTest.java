package cn.egovkiosk.admin.benchmark;

import cn.egovkiosk.admin.support.OnPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The fleet benchmark on PostgreSQL: {@code -Dtest=FleetBenchmarkOnPostgresTest -Dbenchmark.terminals=1000,10000}
 * with the test PostgreSQL of {@code scripts/test-postgres.sh}. Without the property the class is skipped before
 * any application context starts, so the normal build does not pay for it.
 */
@OnPostgres
@EnabledIfSystemProperty(named = "benchmark.terminals", matches = ".*[1-9].*")
class FleetBenchmarkOnPostgresTest extends FleetBenchmarkTest {

    @Override
    String database() {
        return "postgresql";
    }
}
