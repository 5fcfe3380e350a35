package cn.egovkiosk.admin.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogContentHashTest {

    private static CatalogItem item(String name, Set<ItemFlag> flags) {
        return new CatalogItem("C1", name, "", "区民政局", "", flags, Set.of(DeviceKind.ID_CARD_READER));
    }

    @Test
    void equalContentGivesAnEqualHashWhateverTheOrderOfTheFlagsWasGivenIn() {
        Set<ItemFlag> oneOrder = new LinkedHashSet<>(List.of(ItemFlag.ID_CARD_ONLY, ItemFlag.SELF_SERVICE));
        Set<ItemFlag> otherOrder = new LinkedHashSet<>(List.of(ItemFlag.SELF_SERVICE, ItemFlag.ID_CARD_ONLY));

        assertThat(CatalogContentHash.of(List.of(item("老年人优待证办理", oneOrder))))
                .isEqualTo(CatalogContentHash.of(List.of(item("老年人优待证办理", otherOrder))))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void anyChangeOfContentOrOrderChangesTheHash() {
        CatalogItem a = item("老年人优待证办理", Set.of(ItemFlag.SELF_SERVICE));
        CatalogItem b = item("最低生活保障申请", Set.of(ItemFlag.SELF_SERVICE));

        assertThat(CatalogContentHash.of(List.of(a, b))).isNotEqualTo(CatalogContentHash.of(List.of(b, a)))
                .isNotEqualTo(CatalogContentHash.of(List.of(a)));
    }
}
