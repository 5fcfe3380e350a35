package cn.egovkiosk.admin.decision;

import cn.egovkiosk.admin.sharing.FactKeys;
import cn.egovkiosk.admin.sharing.IdNumbers;
import cn.egovkiosk.admin.sharing.SharedLookup;
import cn.egovkiosk.admin.sharing.SourceNames;
import cn.egovkiosk.protocol.catalog.DataSource;
import java.util.Optional;

/**
 * One condition of a 秒批 item. Conditions read the ID card (age from the number, residence from the address) or a
 * shared record; a condition whose data is missing (no consent, source down) is not met, so the application goes to
 * an officer, never to a refusal.
 */
public sealed interface InstantRule {

    /** The condition as the resident reads it on the receipt (zh-CN). */
    String condition();

    /** The condition in English. */
    String conditionEn();

    /** The shared source the condition reads, if any. */
    default Optional<DataSource> source() {
        return Optional.empty();
    }

    boolean isMet(RuleFacts facts);

    /** 年满 n 周岁: age on the day of the decision, from the birth date in the ID number. */
    record AgeAtLeast(int years) implements InstantRule {

        public String condition() {
            return "申请人年满" + years + "周岁";
        }

        public String conditionEn() {
            return "The applicant is at least " + years + " years old";
        }

        public boolean isMet(RuleFacts facts) {
            return IdNumbers.age(facts.applicant().idNumber(), facts.today()).map(age -> age >= years).orElse(false);
        }
    }

    /** 住址在本区: the address on the ID card names the district. */
    record ResidesIn(String district, String districtEn) implements InstantRule {

        public String condition() {
            return "申请人身份证住址在" + district;
        }

        public String conditionEn() {
            return "The address on the applicant's ID card is in " + districtEn;
        }

        public boolean isMet(RuleFacts facts) {
            return facts.applicant().address().contains(district);
        }
    }

    /** The source holds a record of the applicant (e.g. is insured). */
    record HasRecord(DataSource dataSource) implements InstantRule {

        public String condition() {
            return "可查询到申请人的" + SourceNames.zh(dataSource);
        }

        public String conditionEn() {
            return "The applicant's " + SourceNames.en(dataSource) + " exists";
        }

        public Optional<DataSource> source() {
            return Optional.of(dataSource);
        }

        public boolean isMet(RuleFacts facts) {
            return facts.lookUp(dataSource).result() == SharedLookup.Result.FOUND;
        }
    }

    /** The source was asked and holds no record (e.g. owns no home in the city). */
    record HasNoRecord(DataSource dataSource, String conditionZh, String conditionEnglish) implements InstantRule {

        public String condition() {
            return conditionZh;
        }

        public String conditionEn() {
            return conditionEnglish;
        }

        public Optional<DataSource> source() {
            return Optional.of(dataSource);
        }

        public boolean isMet(RuleFacts facts) {
            return facts.lookUp(dataSource).result() == SharedLookup.Result.NO_RECORD;
        }
    }

    /** A number in the record reaches a minimum, e.g. 连续缴存满 3 个月. */
    record FactAtLeast(DataSource dataSource, String key, long minimum, String conditionZh, String conditionEnglish)
            implements InstantRule {

        /** 住房公积金连续缴存满 n 个月. */
        public static FactAtLeast housingFundMonths(int months) {
            return new FactAtLeast(DataSource.HOUSING_FUND, FactKeys.MONTHS_CONTRIBUTED, months,
                    "住房公积金连续缴存满" + months + "个月", "Housing fund paid for " + months + " months in a row");
        }

        public String condition() {
            return conditionZh;
        }

        public String conditionEn() {
            return conditionEnglish;
        }

        public Optional<DataSource> source() {
            return Optional.of(dataSource);
        }

        public boolean isMet(RuleFacts facts) {
            return facts.lookUp(dataSource).found().flatMap(record -> record.number(key))
                    .map(value -> value >= minimum).orElse(false);
        }
    }
}
