package cn.egovkiosk.admin.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.catalog.DataSource;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The simulated sharing platform: deterministic, plausible, with residents who have no record. */
class SimulatedSharedDataTest {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private static List<String> adults(int count, long seed) {
        Random random = new Random(seed);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
            String body = "350203" + DateTimeFormatter.BASIC_ISO_DATE.format(birth) + "%03d".formatted(i % 1000);
            int sum = 0;
            for (int d = 0; d < 17; d++) {
                sum += (body.charAt(d) - '0') * WEIGHTS[d];
            }
            numbers.add(body + "10X98765432".charAt(sum % 11));
        }
        return numbers;
    }

    @Test
    void theSameNumberAlwaysGetsTheSameRecords() {
        for (String number : adults(200, 1)) {
            for (DataSource source : DataSource.values()) {
                assertThat(SimulatedSharedData.record(source, number)).isEqualTo(SimulatedSharedData.record(source,
                        number));
            }
        }
    }

    @Test
    void someAdultsHaveNoRecordInEachSourceAndMostHaveOne() {
        List<String> numbers = adults(2_000, 2);
        Map<DataSource, Integer> missing = new EnumMap<>(DataSource.class);
        for (String number : numbers) {
            for (DataSource source : DataSource.values()) {
                if (SimulatedSharedData.record(source, number).isEmpty()) {
                    missing.merge(source, 1, Integer::sum);
                }
            }
        }
        assertThat(missing.get(DataSource.SOCIAL_INSURANCE)).isBetween(200, 400); // about 15 %
        assertThat(missing.get(DataSource.HOUSING_FUND)).isBetween(480, 720); // about 30 %
        assertThat(missing.get(DataSource.HOUSEHOLD_REGISTER)).isBetween(120, 280); // about 10 %
        assertThat(missing.get(DataSource.REAL_ESTATE)).isBetween(780, 1_020); // about 45 %
        assertThat(missing.get(DataSource.MARRIAGE_RECORD)).isBetween(300, 700);
    }

    @Test
    void recordsHaveTheFactsRulesReadAndNoMinorHasInsuranceOrProperty() {
        for (String number : adults(300, 3)) {
            SimulatedSharedData.record(DataSource.HOUSING_FUND, number).ifPresent(record ->
                    assertThat(record.number(FactKeys.MONTHS_CONTRIBUTED)).isPresent());
            SimulatedSharedData.record(DataSource.REAL_ESTATE, number).ifPresent(record ->
                    assertThat(record.number(FactKeys.PROPERTY_COUNT)).hasValueSatisfying(n -> assertThat(n)
                            .isBetween(1L, 2L)));
        }
        assertThat(SimulatedSharedData.record(DataSource.SOCIAL_INSURANCE, "350203201801010011")).isEmpty();
        assertThat(SimulatedSharedData.record(DataSource.REAL_ESTATE, "350203201801010011")).isEmpty();
    }

    @Test
    void theDemoResidentsAreAsDocumented() {
        for (DataSource source : DataSource.values()) {
            assertThat(SimulatedSharedData.record(source, "11010519491231002X")).as("张三 " + source).isPresent();
            assertThat(SimulatedSharedData.record(source, "350203200501010036")).as("王五 " + source).isEmpty();
        }
        assertThat(SimulatedSharedData.record(DataSource.REAL_ESTATE, "350203199003072511")).isEmpty();
        assertThat(SimulatedSharedData.record(DataSource.HOUSING_FUND, "350203199003072511")
                .flatMap(record -> record.number(FactKeys.MONTHS_CONTRIBUTED))).hasValue(36L);
    }

    @Test
    void aRecordPrintsNoValues() {
        SharedRecord record = SimulatedSharedData.record(DataSource.HOUSEHOLD_REGISTER, "11010519491231002X")
                .orElseThrow();

        assertThat(record.toString()).doesNotContain("建国路").contains(FactKeys.REGISTERED_ADDRESS);
    }
}
