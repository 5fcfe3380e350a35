package cn.egovkiosk.admin.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.decision.InstantRule.AgeAtLeast;
import cn.egovkiosk.admin.decision.InstantRule.ResidesIn;
import cn.egovkiosk.protocol.submission.Applicant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded randomized cases: ages from ID numbers (18 and 15 digits) and districts from addresses. */
class InstantRuleTest {

    private static final long SEED = 20_261_128L;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final List<String> DISTRICTS = List.of("思明区", "湖里区", "集美区", "海沧区", "同安区", "翔安区");

    private static String idNumber(String region, LocalDate birth, int sequence) {
        String body = region + DateTimeFormatter.BASIC_ISO_DATE.format(birth) + "%03d".formatted(sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static RuleFacts facts(String idNumber, String address, LocalDate today) {
        return new RuleFacts(new Applicant("RESIDENT", idNumber, "测试", address), today, null);
    }

    @Test
    void anApplicantIsOldEnoughExactlyFromTheBirthdayOnwards() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2_000; i++) {
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(95 * 365));
            LocalDate today = birth.plusDays(random.nextInt(100 * 365));
            int years = random.nextInt(90);
            boolean expected = !today.isBefore(birth.plusYears(years));

            assertThat(new AgeAtLeast(years).isMet(facts(idNumber("350203", birth, random.nextInt(1000)), "", today)))
                    .as("born %s, on %s, at least %d", birth, today, years).isEqualTo(expected);
        }
    }

    @Test
    void oldFifteenDigitNumbersAreBornInTheNineteenHundreds() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 500; i++) {
            LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(99 * 365));
            String old = "350203" + DateTimeFormatter.ofPattern("yyMMdd").format(birth) + "%03d".formatted(i % 1000);
            LocalDate today = LocalDate.of(2026, 11, 28);

            assertThat(new AgeAtLeast(60).isMet(facts(old, "", today)))
                    .isEqualTo(!today.isBefore(birth.plusYears(60)));
        }
    }

    @Test
    void aNumberWithoutABirthDateMeetsNoAgeCondition() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        for (String bad : List.of("", "ABCDEFGHIJKLMNOPQR", "350203199002301234", "35020319900230")) {
            assertThat(new AgeAtLeast(0).isMet(facts(bad, "", today))).as(bad).isFalse();
        }
    }

    @Test
    void theResidenceConditionHoldsExactlyForAddressesInTheDistrict() {
        Random random = new Random(SEED + 2);
        ResidesIn siming = InstantRuleBook.IN_SIMING;
        for (int i = 0; i < 1_000; i++) {
            String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
            String address = (random.nextBoolean() ? "福建省" : "") + "厦门市" + district + "某某路" + random.nextInt(500)
                    + "号";

            assertThat(siming.isMet(facts("11010519491231002X", address, LocalDate.of(2026, 1, 1))))
                    .as(address).isEqualTo(district.equals("思明区"));
        }
        assertThat(siming.isMet(facts("11010519491231002X", "", LocalDate.of(2026, 1, 1)))).isFalse();
    }
}
