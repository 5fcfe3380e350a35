package cn.egovkiosk.protocol.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrackingNumberTest {

    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void aTrackingNumberIsPrefixDaySequenceAndCheckCharacter() {
        // check character computed independently with the ISO 7064 MOD 37,36 reference procedure
        assertThat(TrackingNumber.of(DAY, 17)).isEqualTo("ZW20261120000017Z");
        assertThat(TrackingNumber.of(DAY, 1)).matches("ZW20261120000001[0-9A-Z]");
    }

    @Test
    void everyNumberItMakesIsValidAndKnownByItself() {
        for (long sequence = 1; sequence <= 3000; sequence++) {
            String number = TrackingNumber.of(DAY, sequence);
            assertThat(TrackingNumber.parse(number)).hasValue(number);
        }
    }

    @Test
    void everySingleWrongCharacterIsDetected() {
        String number = TrackingNumber.of(DAY, 4711);
        for (int position = 2; position < number.length(); position++) {
            for (char replacement : ALPHANUMERIC.toCharArray()) {
                if (replacement == number.charAt(position)) {
                    continue;
                }
                String typo = number.substring(0, position) + replacement + number.substring(position + 1);
                assertThat(TrackingNumber.parse(typo)).as(typo).isEmpty();
            }
        }
    }

    @Test
    void everySwapOfTwoNeighboursIsDetected() {
        String number = TrackingNumber.of(DAY, 908_172);
        for (int position = 2; position < number.length() - 1; position++) {
            if (number.charAt(position) == number.charAt(position + 1)) {
                continue;
            }
            String swapped = number.substring(0, position) + number.charAt(position + 1) + number.charAt(position)
                    + number.substring(position + 2);
            assertThat(TrackingNumber.parse(swapped)).as(swapped).isEmpty();
        }
    }

    @Test
    void typedInputIsAcceptedInLowerCaseAndWithBlanksAroundButNotInAnotherShape() {
        String number = TrackingNumber.of(DAY, 42);

        assertThat(TrackingNumber.parse(" " + number.toLowerCase() + " ")).hasValue(number);
        assertThat(TrackingNumber.parse("XX" + number.substring(2))).isEmpty();
        assertThat(TrackingNumber.parse(number.substring(1))).isEmpty();
        assertThat(TrackingNumber.parse(number + "0")).isEmpty();
        assertThat(TrackingNumber.parse(null)).isEmpty();
    }

    @Test
    void theDailySequenceHasSixDigits() {
        assertThat(TrackingNumber.of(DAY, 999_999)).startsWith("ZW20261120999999");
        assertThatThrownBy(() -> TrackingNumber.of(DAY, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackingNumber.of(DAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
