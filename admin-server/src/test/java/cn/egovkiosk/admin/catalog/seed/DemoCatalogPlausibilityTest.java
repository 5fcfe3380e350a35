package cn.egovkiosk.admin.catalog.seed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.model.Department;
import cn.egovkiosk.admin.catalog.model.FormField;
import cn.egovkiosk.admin.catalog.model.FormField.PrefillSource;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import cn.egovkiosk.admin.catalog.model.Material;
import cn.egovkiosk.admin.catalog.model.Material.MaterialForm;
import cn.egovkiosk.admin.catalog.model.PackageMerge;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The elements of each generated item agree with its flags, the way a department would publish them. */
class DemoCatalogPlausibilityTest {

    private static final DemoCatalog DISTRICT = DemoCatalogGenerator.district();
    private static final Set<String> SEED_CODES =
            SeedItems.ALL.stream().map(SeedItems.SeedItem::code).collect(Collectors.toSet());

    @Test
    void namesAreChineseAndUniqueWithEnglishBesideThem() {
        assertThat(DISTRICT.items().stream().map(ServiceItem::name).distinct()).hasSize(DISTRICT.items().size());
        assertThat(DISTRICT.items()).extracting(ServiceItem::name)
                .allMatch(name -> name.matches("[\\p{IsHan}（）]{4,30}"));
        assertThat(DISTRICT.items()).extracting(ServiceItem::nameEn)
                .allMatch(name -> name.matches("[A-Z][\\p{IsLatin}' ,-]+"));
    }

    @Test
    void codesAreImplementationCodesOfTheirDepartment() {
        Map<String, Department> departments = DISTRICT.departments().stream()
                .collect(Collectors.toMap(Department::code, Function.identity()));
        assertThat(DISTRICT.items().stream().map(ServiceItem::code).distinct()).hasSize(DISTRICT.items().size());
        assertThat(DISTRICT.items()).allSatisfy(item -> {
            assertThat(item.code()).hasSize(31);
            assertThat(departments).containsKey(item.departmentCode());
            if (!SEED_CODES.contains(item.code())) {
                assertThat(item.code()).startsWith(departments.get(item.departmentCode()).creditCode()
                        + item.type().codeDigits());
            }
        });
    }

    @Test
    void materialsAgreeWithTheFlags() {
        assertThat(DISTRICT.items()).allSatisfy(item -> {
            assertThat(item.materials().getFirst().name()).isEqualTo(ItemElements.ID_CARD);
            List<Material> others = item.materials().subList(1, item.materials().size());
            if (item.flags().contains(ItemFlag.ID_CARD_ONLY)) {
                assertThat(others).as("一证通办 %s", item.name()).isEmpty();
                assertThat(item.flags()).doesNotContain(ItemFlag.NO_CERTIFICATE_NEEDED);
            } else if (item.flags().contains(ItemFlag.NO_CERTIFICATE_NEEDED)) {
                assertThat(others).as("免证办 %s", item.name())
                        .allMatch(m -> m.sharingExempt() || m.form() == MaterialForm.ELECTRONIC);
            } else {
                assertThat(others).as("%s asks for something to bring", item.name())
                        .anyMatch(m -> !m.sharingExempt() && m.form() != MaterialForm.ELECTRONIC);
            }
            assertThat(item.materials()).allMatch(m -> m.copies() >= 1);
        });
    }

    @Test
    void instantApprovalIsSelfServiceAndKioskItemsNameTheirDevices() {
        assertThat(DISTRICT.items()).allSatisfy(item -> {
            if (item.flags().contains(ItemFlag.INSTANT_APPROVAL)) {
                assertThat(item.flags()).contains(ItemFlag.SELF_SERVICE);
            }
            if (item.kioskAvailable()) {
                assertThat(item.requiredDevices()).contains(DeviceKind.ID_CARD_READER);
            }
            if (item.name().endsWith("打印")) {
                assertThat(item.requiredDevices()).contains(DeviceKind.DOCUMENT_PRINTER);
            }
            if (item.fee().charged()) {
                assertThat(item.fee().standard()).contains("元");
            }
        });
    }

    @Test
    void everyItemHasAFormPreFilledFromTheIdCard() {
        Map<String, FormSchema> forms = DISTRICT.forms().stream()
                .collect(Collectors.toMap(FormSchema::code, Function.identity()));
        assertThat(DISTRICT.items()).allSatisfy(item -> assertThat(forms.get(item.code()).fields())
                .extracting(FormField::prefill).contains(PrefillSource.ID_CARD_NAME, PrefillSource.ID_CARD_NUMBER));
    }

    @Test
    void aPackageAsksForEachFieldAndEachMaterialOnce() {
        Map<String, ServiceItem> items = DISTRICT.items().stream()
                .collect(Collectors.toMap(ServiceItem::code, Function.identity()));
        Map<String, FormSchema> forms = DISTRICT.forms().stream()
                .collect(Collectors.toMap(FormSchema::code, Function.identity()));
        assertThat(DISTRICT.packages()).allSatisfy(pack -> {
            List<ServiceItem> members = pack.itemCodes().stream().map(items::get).toList();
            FormSchema merged = PackageMerge.form(pack, pack.itemCodes().stream().map(forms::get).toList());
            List<Material> materials = PackageMerge.materials(members);

            assertThat(merged.fields()).filteredOn(f -> f.key().equals("idNumber")).hasSize(1);
            int separateFields = pack.itemCodes().stream().mapToInt(code -> forms.get(code).fields().size()).sum();
            assertThat(merged.fields()).hasSizeLessThan(separateFields);
            assertThat(materials).filteredOn(m -> m.name().equals(ItemElements.ID_CARD)).hasSize(1);
            assertThat(materials.stream().map(Material::name).distinct()).hasSize(materials.size());
        });
    }
}
