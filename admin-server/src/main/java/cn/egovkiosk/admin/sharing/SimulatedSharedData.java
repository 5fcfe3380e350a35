package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.admin.support.Sha256;
import cn.egovkiosk.protocol.catalog.DataSource;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The simulated sharing platform: the same ID number always gets the same records, drawn from a generator seeded
 * with the number and the source, as of {@link #AS_OF}; some residents have no record in a source (about 15 % have no
 * social insurance, 30 % no housing fund account, 10 % no household register here, 45 % no real estate, the
 * unmarried no marriage record). {@link DemoResidents} are fixed by hand.
 */
final class SimulatedSharedData {

    /** The day the simulated data set is "as of": fixed, so that records do not change with the run date. */
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    private static final List<String> EMPLOYERS = List.of("厦门鹭江软件有限公司", "厦门思明区第一医院",
            "厦门中山路商贸有限公司", "厦门湖滨建设工程有限公司", "厦门市思明区实验小学", "厦门海港物流有限公司");
    private static final List<String> STREETS = List.of("湖滨南路", "中山路", "厦禾路", "莲前西路", "嘉禾路", "思明南路",
            "鹭江道", "文屏路");
    private static final List<String> STATIONS = List.of("湖滨派出所", "中华派出所", "开元派出所", "莲前派出所", "滨海派出所");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private SimulatedSharedData() {
    }

    static Optional<SharedRecord> record(DataSource source, String idNumber) {
        return DemoResidents.record(idNumber, source).orElseGet(() -> generated(source, idNumber));
    }

    private static Optional<SharedRecord> generated(DataSource source, String idNumber) {
        Random random = new Random(seed(source, idNumber));
        LocalDate birth = IdNumbers.birthDate(idNumber).orElse(LocalDate.of(1986, 1, 1));
        int age = IdNumbers.age(idNumber, AS_OF).orElse(40);
        LocalDate working = birth.plusYears(18 + random.nextInt(8));
        return switch (source) {
            case SOCIAL_INSURANCE -> age < 18 || random.nextInt(100) < 15 ? Optional.empty()
                    : Optional.of(socialInsurance(random, age, working));
            case HOUSING_FUND -> age < 18 || random.nextInt(100) < 30 ? Optional.empty()
                    : Optional.of(housingFund(random, working));
            case HOUSEHOLD_REGISTER -> random.nextInt(100) < 10 ? Optional.empty()
                    : Optional.of(SimulatedRecords.householdRegister(address(random),
                            random.nextInt(10) < 8 ? "家庭户" : "集体户",
                            List.of("户主", "配偶", "子女").get(random.nextInt(3)), birth.plusDays(20).toString(),
                            "厦门市公安局思明分局" + pick(random, STATIONS)));
            case REAL_ESTATE -> age < 18 || random.nextInt(100) < 45 ? Optional.empty()
                    : Optional.of(realEstate(random, working));
            case MARRIAGE_RECORD -> age < 22 || random.nextInt(100) < 25 ? Optional.empty()
                    : Optional.of(SimulatedRecords.marriage(List.of("已婚", "已婚", "已婚", "离婚").get(random.nextInt(4)),
                            "结婚登记", working.plusYears(2 + random.nextInt(6)).toString(),
                            "厦门市思明区民政局婚姻登记处"));
        };
    }

    private static SharedRecord socialInsurance(Random random, int age, LocalDate since) {
        boolean retired = age >= 60;
        LocalDate lastPaid = retired ? since.plusYears(age - 18 - 5) : AS_OF;
        long months = Math.max(1, ChronoUnit.MONTHS.between(since, lastPaid)
                * (85 + random.nextInt(16)) / 100);
        String status = retired ? "退休（正常领取养老金）" : random.nextInt(10) < 9 ? "正常参保" : "暂停缴费";
        return SimulatedRecords.socialInsurance(status, pick(random, EMPLOYERS), MONTH.format(since), months,
                MONTH.format(lastPaid.isAfter(AS_OF) ? AS_OF : lastPaid));
    }

    private static SharedRecord housingFund(Random random, LocalDate working) {
        boolean active = random.nextInt(10) < 8;
        LocalDate opened = working.plusYears(random.nextInt(4));
        long months = active ? Math.max(1, Math.min(240, ChronoUnit.MONTHS.between(opened, AS_OF)))
                : 0;
        return SimulatedRecords.housingFund(active ? "正常缴存" : "封存", pick(random, EMPLOYERS),
                (opened.isAfter(AS_OF) ? AS_OF : opened).toString(), active ? 300 + random.nextInt(2700) : 0, months);
    }

    private static SharedRecord realEstate(Random random, LocalDate working) {
        List<String[]> properties = new ArrayList<>();
        int count = random.nextInt(10) < 8 ? 1 : 2;
        for (int i = 0; i < count; i++) {
            LocalDate registered = working.plusYears(3 + random.nextInt(12));
            registered = registered.isAfter(AS_OF) ? AS_OF.minusMonths(1 + random.nextInt(24)) : registered;
            properties.add(new String[] {
                    "闽（%d）厦门市不动产权第%07d号".formatted(registered.getYear(), random.nextInt(10_000_000)),
                    "厦门市思明区" + address(random).substring("福建省厦门市思明区".length()) + (1 + random.nextInt(30))
                            + "0" + (1 + random.nextInt(4)) + "室",
                    "%d.%02d".formatted(45 + random.nextInt(110), random.nextInt(100)), registered.toString()});
        }
        return SimulatedRecords.realEstate(properties);
    }

    private static String address(Random random) {
        return "福建省厦门市思明区" + pick(random, STREETS) + (1 + random.nextInt(300)) + "号";
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static long seed(DataSource source, String idNumber) {
        return ByteBuffer.wrap(Sha256.digest(source.name() + ":" + idNumber)).getLong();
    }
}
