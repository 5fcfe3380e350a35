package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.admin.sharing.SharedRecord.Fact;
import cn.egovkiosk.protocol.catalog.DataSource;
import java.util.ArrayList;
import java.util.List;

/** The shape of each simulated source's record: the facts and labels a real department system would deliver. */
final class SimulatedRecords {

    private SimulatedRecords() {
    }

    static SharedRecord socialInsurance(String status, String employer, String insuredSince, long months,
            String lastPaidMonth) {
        return new SharedRecord(DataSource.SOCIAL_INSURANCE, List.of(
                new Fact("insuranceTypes", "参保险种", "城镇职工基本养老保险、基本医疗保险、失业保险、工伤保险"),
                new Fact(FactKeys.STATUS, "参保状态", status),
                new Fact("employer", "参保单位", employer),
                new Fact("insuredSince", "首次参保年月", insuredSince),
                new Fact(FactKeys.MONTHS_CONTRIBUTED, "累计缴费月数", Long.toString(months)),
                new Fact("lastPaidMonth", "最近缴费年月", lastPaidMonth)));
    }

    static SharedRecord housingFund(String status, String employer, String openedOn, long monthlyDeposit,
            long months) {
        return new SharedRecord(DataSource.HOUSING_FUND, List.of(
                new Fact(FactKeys.STATUS, "账户状态", status),
                new Fact("employer", "缴存单位", employer),
                new Fact("openedOn", "开户日期", openedOn),
                new Fact("monthlyDeposit", "月缴存额（元）", Long.toString(monthlyDeposit)),
                new Fact(FactKeys.MONTHS_CONTRIBUTED, "连续缴存月数", Long.toString(months))));
    }

    static SharedRecord householdRegister(String address, String householdType, String relation, String since,
            String station) {
        return new SharedRecord(DataSource.HOUSEHOLD_REGISTER, List.of(
                new Fact(FactKeys.REGISTERED_ADDRESS, "户籍地址", address),
                new Fact("householdType", "户别", householdType),
                new Fact("relationToHead", "与户主关系", relation),
                new Fact("registeredSince", "户籍登记日期", since),
                new Fact("policeStation", "户籍所在派出所", station)));
    }

    /** @param properties each as certificate number, location, area in m², registration date */
    static SharedRecord realEstate(List<String[]> properties) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(FactKeys.PROPERTY_COUNT, "登记不动产数量", Integer.toString(properties.size())));
        for (int i = 0; i < properties.size(); i++) {
            String[] p = properties.get(i);
            String n = Integer.toString(i + 1);
            facts.add(new Fact("property." + n + ".certificate", "不动产权证号（" + n + "）", p[0]));
            facts.add(new Fact("property." + n + ".location", "坐落（" + n + "）", p[1]));
            facts.add(new Fact("property." + n + ".area", "建筑面积（㎡）（" + n + "）", p[2]));
            facts.add(new Fact("property." + n + ".use", "用途（" + n + "）", "住宅"));
            facts.add(new Fact("property." + n + ".registeredOn", "登记日期（" + n + "）", p[3]));
        }
        return new SharedRecord(DataSource.REAL_ESTATE, facts);
    }

    static SharedRecord marriage(String status, String kind, String registeredOn, String registry) {
        return new SharedRecord(DataSource.MARRIAGE_RECORD, List.of(
                new Fact(FactKeys.STATUS, "婚姻状况", status),
                new Fact("registrationKind", "最近一次登记类型", kind),
                new Fact("registeredOn", "登记日期", registeredOn),
                new Fact("registry", "登记机关", registry)));
    }
}
