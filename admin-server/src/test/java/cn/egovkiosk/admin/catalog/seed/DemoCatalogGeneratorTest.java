package cn.egovkiosk.admin.catalog.seed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.model.CaseType;
import cn.egovkiosk.admin.catalog.model.Department;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.catalog.model.Theme;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The district's figures, and that the generated catalog is the same on every run. */
class DemoCatalogGeneratorTest {

    private static final DemoCatalog DISTRICT = DemoCatalogGenerator.district();

    @Test
    void theDistrictHasItsFiguresDepartmentsKioskItemsAndFlagCounts() {
        assertThat(DISTRICT.departments()).hasSize(25);
        assertThat(DISTRICT.kioskItems()).hasSize(292);
        assertThat(DISTRICT.items()).hasSizeGreaterThan(292);
        assertThat(count(ItemFlag.SELF_SERVICE)).isEqualTo(100);
        assertThat(count(ItemFlag.INSTANT_APPROVAL)).isEqualTo(65);
        assertThat(count(ItemFlag.ID_CARD_ONLY)).isEqualTo(34);
        assertThat(count(ItemFlag.NO_CERTIFICATE_NEEDED)).isEqualTo(179);
        assertThat(DISTRICT.items()).filteredOn(item -> !item.kioskAvailable())
                .allSatisfy(item -> assertThat(item.flags()).isEmpty());
    }

    @Test
    void everyDepartmentServesAtKiosksAndHasAValidCreditCode() {
        Map<String, Long> perDepartment = DISTRICT.kioskItems().stream()
                .collect(Collectors.groupingBy(ServiceItem::departmentCode, Collectors.counting()));
        assertThat(DISTRICT.departments()).allSatisfy(d -> {
            assertThat(perDepartment.getOrDefault(d.code(), 0L)).as(d.name()).isPositive();
            assertThat(CreditCodes.isValid(d.creditCode())).as(d.creditCode()).isTrue();
        });
        assertThat(DISTRICT.departments()).extracting(Department::code).contains("HRSS", "HPF", "CA");
    }

    @Test
    void thirtyFivePackagesInThirteenLifeEventsOfKioskItems() {
        assertThat(DISTRICT.themes()).hasSize(13).extracting(Theme::audience).contains(Theme.Audience.PERSON,
                Theme.Audience.COMPANY);
        assertThat(DISTRICT.packages()).hasSize(35);
        Set<String> kioskCodes = DISTRICT.kioskItems().stream().map(ServiceItem::code).collect(Collectors.toSet());
        assertThat(DISTRICT.packages()).allSatisfy(pack -> {
            assertThat(pack.name()).endsWith("一件事");
            assertThat(pack.itemCodes()).hasSizeBetween(2, 4);
            assertThat(kioskCodes).containsAll(pack.itemCodes());
        });
        assertThat(DISTRICT.packages().stream().map(p -> p.themeCode()).distinct()).hasSize(13);
    }

    @Test
    void theSevenHandWrittenItemsKeepTheirCodesNamesAndFlags() {
        Map<String, ServiceItem> byCode = DISTRICT.items().stream()
                .collect(Collectors.toMap(ServiceItem::code, Function.identity()));
        assertThat(SeedItems.ALL).allSatisfy(seed -> {
            ServiceItem item = byCode.get(seed.code());
            assertThat(item.name()).isEqualTo(seed.name());
            assertThat(item.flags()).isEqualTo(seed.flags());
            assertThat(item.requiredDevices()).isEqualTo(seed.devices());
            assertThat(item.kioskAvailable()).isTrue();
        });
    }

    @Test
    void theCityScaleSetHas3264ItemsWithUniqueCodes() {
        DemoCatalog city = DemoCatalogGenerator.city();

        assertThat(city.items()).hasSize(3264);
        assertThat(city.items().stream().map(ServiceItem::code).distinct()).hasSize(3264);
        assertThat(city.departments().stream().map(Department::creditCode).distinct()).hasSize(150);
        assertThat(city.packages()).hasSize(35);
    }

    @Test
    void generatingTwiceGivesTheSameCatalog() {
        assertThat(DemoCatalogGenerator.district()).isEqualTo(DISTRICT);
        assertThat(DemoCatalogGenerator.district().toString()).isEqualTo(DISTRICT.toString());
    }

    @Test
    void timeLimitsFollowTheCaseType() {
        assertThat(DISTRICT.items()).allSatisfy(item -> {
            if (item.flags().contains(ItemFlag.INSTANT_APPROVAL)) {
                assertThat(item.limits().caseType()).isEqualTo(CaseType.IMMEDIATE);
            }
            if (item.limits().caseType() == CaseType.PROMISED) {
                assertThat(item.limits().promisedDays()).isBetween(1, item.limits().legalDays());
            }
        });
        assertThat(DISTRICT.items()).extracting(item -> item.limits().caseType())
                .contains(CaseType.IMMEDIATE, CaseType.PROMISED);
    }

    private static long count(ItemFlag flag) {
        return DISTRICT.kioskItems().stream().filter(item -> item.flags().contains(flag)).count();
    }
}
