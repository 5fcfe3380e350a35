package cn.egovkiosk.admin.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.catalog.seed.DemoCatalog;
import cn.egovkiosk.admin.catalog.seed.DemoCatalogGenerator;
import cn.egovkiosk.admin.certificate.CertificateTemplate;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every 秒批 item of the demo has rules, no other item has any, and every template has a demo item. */
class InstantRuleBookTest {

    private final DemoCatalog demo = DemoCatalogGenerator.district();

    @Test
    void exactlyTheInstantItemsHaveRulesAndTheSameItemAlwaysGetsTheSameRules() {
        List<ServiceItem> instant = demo.kioskItems().stream()
                .filter(item -> item.flags().contains(ItemFlag.INSTANT_APPROVAL)).toList();

        assertThat(instant).hasSize(65).allSatisfy(item -> assertThat(InstantRuleBook.forItem(item)).isNotEmpty()
                .isEqualTo(InstantRuleBook.forItem(item)));
        assertThat(demo.items()).filteredOn(item -> !item.flags().contains(ItemFlag.INSTANT_APPROVAL))
                .allSatisfy(item -> assertThat(InstantRuleBook.forItem(item)).isEmpty());
    }

    @Test
    void everyTemplateIsIssuedByAKioskItemOfTheDemo() {
        List<String> kioskCodes = demo.kioskItems().stream().map(ServiceItem::code).toList();

        assertThat(Arrays.stream(CertificateTemplate.values())).allSatisfy(template -> assertThat(kioskCodes)
                .anyMatch(code -> CertificateTemplate.forItem(code).orElse(null) == template));
    }
}
