package cn.egovkiosk.benchmarks;

import cn.egovkiosk.kiosk.catalog.CatalogIndex;
import cn.egovkiosk.kiosk.catalog.CatalogQuery;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One keystroke's search on the kiosk home screen over a city catalog of 3,264 items (issue 7 goal: p99 ≤ 20 ms):
 * Chinese text, pinyin initials (sbjf → 社保缴费, with gaps and polyphonic readings), a single letter (the widest
 * initials scan), English words, and a department filter. Sample mode, so JMH reports p99 per query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1)
public class CatalogSearchBenchmark {

    private static final int CITY_ITEMS = 3_264;

    @Param({"sbjf", "zfgjjtq", "s", "公积金", "housing fund", "dept:区税务局"})
    public String query;

    private CatalogIndex index;
    private CatalogQuery search;

    @Setup
    public void buildCityCatalog() {
        index = CatalogIndex.of(1, cityCatalog());
        search = query.startsWith("dept:")
                ? CatalogQuery.ALL.withDepartment(Optional.of(query.substring("dept:".length())))
                : CatalogQuery.ALL.withText(query);
        if (index.search(CatalogQuery.ALL.withText("sbjf")).isEmpty()) {
            throw new IllegalStateException("sbjf must find 社保缴费");
        }
    }

    @Benchmark
    public List<CatalogItem> search() {
        return index.search(search);
    }

    /** Names as a city platform has them: subjects × actions, 25 departments, the four kinds of item. */
    static List<CatalogItem> cityCatalog() {
        String[] subjects = {"居民身份证", "住房公积金", "机动车驾驶证", "城乡居民医疗保险", "残疾人两项补贴", "不动产登记",
            "婚姻登记", "出生医学证明", "个体工商户", "失业登记", "退役军人优待", "护照签注", "社会保险", "养老保险"};
        String[] subjectsEn = {"ID card", "housing fund", "driving licence", "medical insurance", "disability allowance",
            "real estate", "marriage", "birth certificate", "sole trader", "unemployment", "veterans", "passport",
            "social insurance", "pension"};
        String[] actions = {"申请", "变更", "注销", "查询", "补领", "换领", "证明打印", "预约", "提取", "备案", "年审", "延期",
            "迁移", "核验", "登记", "转移", "认定", "缴费"};
        ItemFlag[] flags = ItemFlag.values();
        List<CatalogItem> city = new ArrayList<>(CITY_ITEMS);
        for (int i = 0; city.size() < CITY_ITEMS - 1; i++) {
            int subject = i % subjects.length;
            String name = subjects[subject] + actions[i / subjects.length % actions.length] + "（"
                    + (i / (subjects.length * actions.length) + 1) + "）";
            city.add(new CatalogItem("G" + i, name, subjectsEn[subject] + " " + i, "部门" + i % 24, "",
                    Set.of(flags[i % flags.length]), Set.of(DeviceKind.ID_CARD_READER)));
        }
        city.add(1_000, new CatalogItem("A3", "社保缴费", "Social insurance payment", "区税务局", "District tax bureau",
                Set.of(ItemFlag.SELF_SERVICE), Set.of(DeviceKind.ID_CARD_READER)));
        return city;
    }
}
