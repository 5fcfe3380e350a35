package cn.egovkiosk.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Search by Chinese text, English words and pinyin initials, with department and kind filters. */
class CatalogIndexTest {

    private static final CatalogItem PENSION = item("A1", "城乡居民基本养老保险参保登记", "Basic pension enrolment",
            "区人力资源和社会保障局", ItemFlag.SELF_SERVICE);
    private static final CatalogItem CONTRIBUTIONS = item("A2", "社会保险参保缴费记录查询",
            "Social insurance contribution record", "区人力资源和社会保障局", ItemFlag.INSTANT_APPROVAL);
    private static final CatalogItem PAYMENT = item("A3", "社保缴费", "Social insurance payment", "区税务局",
            ItemFlag.SELF_SERVICE);
    private static final CatalogItem BANK = item("B1", "银行卡绑定", "Bank card binding", "市住房公积金中心",
            ItemFlag.ID_CARD_ONLY);
    private static final CatalogItem ELDERS = item("C1", "长辈优待证办理", "Senior card", "区民政局",
            ItemFlag.ID_CARD_ONLY);
    private static final CatalogIndex INDEX = new CatalogIndex(1,
            List.of(PENSION, CONTRIBUTIONS, PAYMENT, BANK, ELDERS));

    @Test
    void initialsFindTheNameWhoseConsecutiveCharactersTheyStartFirst() {
        // 社保缴费 matches in the common readings; 社会保险参保缴费 only when 参 is read shen, so it comes after
        assertThat(search("sbjf")).containsExactly(PAYMENT, CONTRIBUTIONS);
        assertThat(search("SBJF")).containsExactly(PAYMENT, CONTRIBUTIONS);
        assertThat(search("cxjm")).containsExactly(PENSION);
    }

    @Test
    void polyphonicCharactersMatchEveryReading() {
        // 行 is xing or hang, 长 chang or zhang, 缴 jiao or zhuo: either reading finds the item
        assertThat(search("yhk")).containsExactly(BANK);
        assertThat(search("yxk")).containsExactly(BANK);
        assertThat(search("zbyd")).containsExactly(ELDERS);
        assertThat(search("cbyd")).containsExactly(ELDERS, PENSION);
        assertThat(search("sbzf")).containsExactlyInAnyOrder(PAYMENT, CONTRIBUTIONS);
    }

    @Test
    void lettersInOrderWithGapsComeAfterConsecutiveOnes() {
        // 社会保险 abbreviated as 社保: s-h-b-x... still finds it, after every closer match
        assertThat(search("sbcx")).containsExactly(CONTRIBUTIONS);
        assertThat(search("jbyl")).containsExactly(PENSION);
        assertThat(search("jl")).containsExactly(CONTRIBUTIONS, PENSION);
    }

    @Test
    void chineseTextFindsNamesAndDepartments() {
        assertThat(search("参保")).containsExactly(PENSION, CONTRIBUTIONS);
        assertThat(search("民政")).containsExactly(ELDERS);
        assertThat(search("税务")).containsExactly(PAYMENT);
        assertThat(search("不存在的事项")).isEmpty();
    }

    @Test
    void englishWordsFindEnglishNames() {
        assertThat(search("pension")).containsExactly(PENSION);
        assertThat(search(" Card ")).containsExactly(BANK, ELDERS);
    }

    @Test
    void filtersNarrowBeforeTheTextDoes() {
        CatalogQuery hrss = CatalogQuery.ALL.withDepartment(Optional.of("区人力资源和社会保障局"));
        assertThat(INDEX.search(hrss)).containsExactly(PENSION, CONTRIBUTIONS);
        assertThat(INDEX.search(hrss.withText("sbjf"))).containsExactly(CONTRIBUTIONS);
        assertThat(INDEX.search(CatalogQuery.ALL.withFlag(Optional.of(ItemFlag.ID_CARD_ONLY))))
                .containsExactly(BANK, ELDERS);
        assertThat(INDEX.search(CatalogQuery.ALL)).hasSize(5);
    }

    @Test
    void departmentsAndKindsAreListedInCatalogOrder() {
        assertThat(INDEX.departments().keySet()).containsExactly("区人力资源和社会保障局", "区税务局", "市住房公积金中心",
                "区民政局");
        assertThat(INDEX.flags()).containsExactly(ItemFlag.SELF_SERVICE, ItemFlag.INSTANT_APPROVAL,
                ItemFlag.ID_CARD_ONLY);
    }

    @Test
    void inACityCatalogOfThousandsTheWantedItemsAreFoundAndRankedFirst() {
        List<CatalogItem> city = new ArrayList<>();
        String[] subjects = {"居民身份证", "住房公积金", "机动车驾驶证", "城乡居民医疗保险", "残疾人两项补贴", "不动产登记",
            "婚姻登记", "出生医学证明", "个体工商户", "失业登记", "退役军人优待", "护照签注"};
        String[] actions = {"申请", "变更", "注销", "查询", "补领", "换领", "证明打印", "预约", "提取", "备案",
            "年审", "延期", "迁移", "核验", "登记", "转移", "认定"};
        for (int i = 0; city.size() < 3_264 - 1; i++) {
            city.add(item("G" + i, subjects[i % subjects.length] + actions[i / subjects.length % actions.length]
                    + "（" + (i / (subjects.length * actions.length) + 1) + "）", "", "部门" + i % 25,
                    ItemFlag.SELF_SERVICE));
        }
        city.add(1_000, PAYMENT);
        CatalogIndex large = new CatalogIndex(7, city);

        assertThat(large.search(CatalogQuery.ALL.withText("sbjf")).getFirst()).isEqualTo(PAYMENT);
        List<CatalogItem> fund = large.search(CatalogQuery.ALL.withText("zfgjjtq"));
        assertThat(fund).isNotEmpty().allSatisfy(found -> assertThat(found.name()).startsWith("住房公积金提取"));
        assertThat(large.search(CatalogQuery.ALL.withText("公积金")))
                .allSatisfy(found -> assertThat(found.name()).contains("公积金"))
                .hasSize((int) city.stream().filter(c -> c.name().contains("公积金")).count());
    }

    private static List<CatalogItem> search(String text) {
        return INDEX.search(CatalogQuery.ALL.withText(text));
    }

    private static CatalogItem item(String code, String name, String nameEn, String department, ItemFlag flag) {
        return new CatalogItem(code, name, nameEn, department, "", Set.of(flag), Set.of(DeviceKind.ID_CARD_READER));
    }
}
