package cn.egovkiosk.admin.sharing;

import static cn.egovkiosk.admin.sharing.SimulatedRecords.householdRegister;
import static cn.egovkiosk.admin.sharing.SimulatedRecords.housingFund;
import static cn.egovkiosk.admin.sharing.SimulatedRecords.marriage;
import static cn.egovkiosk.admin.sharing.SimulatedRecords.realEstate;
import static cn.egovkiosk.admin.sharing.SimulatedRecords.socialInsurance;

import cn.egovkiosk.protocol.catalog.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-written residents of the simulated data set, for demos and tests; every other ID number gets generated
 * records ({@link SimulatedSharedData}). A source missing from a resident's map holds no record of them.
 * <ul>
 * <li>张三 {@code 11010519491231002X} (the simulated card's sample): a record in every source.</li>
 * <li>李四 {@code 350203199003072511}, 思明区: insured, housing fund, household register; no real estate, never
 * married: passes the rules of 住房公积金提取（租房）.</li>
 * <li>王五 {@code 350203200501010036}: no record anywhere.</li>
 * <li>陈美玲 {@code 350203195808151024}: retired, housing fund sealed, one flat, married.</li>
 * <li>林阿伯 {@code 350203194206123013}: 84 years old, household register only.</li>
 * </ul>
 */
final class DemoResidents {

    private static final String SIMING_REGISTRY = "厦门市思明区民政局婚姻登记处";

    static final Map<String, Map<DataSource, SharedRecord>> BY_ID_NUMBER = Map.of(
            "11010519491231002X", Map.of(
                    DataSource.SOCIAL_INSURANCE, socialInsurance("正常参保", "厦门市思明区鹭江物业管理有限公司", "1995-07", 372,
                            "2026-10"),
                    DataSource.HOUSING_FUND, housingFund("正常缴存", "厦门市思明区鹭江物业管理有限公司", "2013-03-01", 1280, 156),
                    DataSource.HOUSEHOLD_REGISTER, householdRegister("北京市朝阳区建国路1号", "家庭户", "户主", "1985-06-12",
                            "北京市公安局朝阳分局建外派出所"),
                    DataSource.REAL_ESTATE, realEstate(List.<String[]>of(new String[] {"闽（2016）厦门市不动产权第0031857号",
                            "厦门市思明区湖滨南路88号1203室", "89.42", "2016-09-20"})),
                    DataSource.MARRIAGE_RECORD, marriage("已婚", "结婚登记", "1975-05-01", "北京市朝阳区民政局婚姻登记处")),
            "350203199003072511", Map.of(
                    DataSource.SOCIAL_INSURANCE, socialInsurance("正常参保", "厦门软件园信息技术有限公司", "2012-08", 158,
                            "2026-10"),
                    DataSource.HOUSING_FUND, housingFund("正常缴存", "厦门软件园信息技术有限公司", "2014-01-15", 1860, 36),
                    DataSource.HOUSEHOLD_REGISTER, householdRegister("福建省厦门市思明区湖滨南路100号", "家庭户", "子女",
                            "1990-03-20", "厦门市公安局思明分局湖滨派出所")),
            "350203200501010036", Map.of(),
            "350203195808151024", Map.of(
                    DataSource.SOCIAL_INSURANCE, socialInsurance("退休（正常领取养老金）", "厦门市思明区第二中学", "1978-09", 408,
                            "2013-08"),
                    DataSource.HOUSING_FUND, housingFund("封存", "厦门市思明区第二中学", "1999-01-01", 0, 0),
                    DataSource.HOUSEHOLD_REGISTER, householdRegister("福建省厦门市思明区中山路56号", "家庭户", "配偶", "1983-11-02",
                            "厦门市公安局思明分局中华派出所"),
                    DataSource.REAL_ESTATE, realEstate(List.<String[]>of(new String[] {"闽（2005）厦门市不动产权第0007412号",
                            "厦门市思明区中山路56号302室", "76.10", "2005-04-18"})),
                    DataSource.MARRIAGE_RECORD, marriage("已婚", "结婚登记", "1982-10-01", SIMING_REGISTRY)),
            "350203194206123013", Map.of(
                    DataSource.HOUSEHOLD_REGISTER, householdRegister("福建省厦门市思明区鼓浪屿福建路12号", "家庭户", "户主",
                            "1942-06-20", "厦门市公安局思明分局鼓浪屿派出所")));

    private DemoResidents() {
    }

    /** The resident's record in the source: empty outer when not a demo resident, empty inner for no record. */
    static Optional<Optional<SharedRecord>> record(String idNumber, DataSource source) {
        Map<DataSource, SharedRecord> records = BY_ID_NUMBER.get(idNumber);
        return records == null ? Optional.empty() : Optional.of(Optional.ofNullable(records.get(source)));
    }
}
