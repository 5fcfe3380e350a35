package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.admin.support.AdminProperties.Polling;
import cn.egovkiosk.admin.support.AdminProperties.Sqlite;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static PollSchedule schedule(int intervalSeconds, int jitterSeconds) {
        return new PollSchedule(new AdminProperties(Path.of("unused"), ZoneId.of("UTC"),
                new Sqlite(Duration.ofSeconds(5), 1),
                new Polling(Duration.ofSeconds(intervalSeconds), Duration.ofSeconds(jitterSeconds)), null));
    }

    @Test
    void pollsSpreadAcrossTheWholeJitterRangeAndNoFurther() {
        PollSchedule schedule = schedule(60, 15);

        List<Integer> draws = IntStream.range(0, 2000).map(i -> schedule.nextPollSeconds()).boxed().toList();

        assertThat(draws).allSatisfy(seconds -> assertThat(seconds).isBetween(45, 75));
        assertThat(draws).contains(45, 75);
        assertThat(draws.stream().distinct().count()).isGreaterThan(20);
    }

    @Test
    void withoutJitterEveryPollWaitsTheInterval() {
        PollSchedule schedule = schedule(30, 0);

        assertThat(IntStream.range(0, 100).map(i -> schedule.nextPollSeconds())).containsOnly(30);
    }

    @Test
    void aTerminalIsNeverToldToPollFasterThanTheFloor() {
        PollSchedule schedule = schedule(6, 10);

        assertThat(IntStream.range(0, 500).map(i -> schedule.nextPollSeconds()))
                .allSatisfy(seconds -> assertThat(seconds).isBetween(PollSchedule.MIN_SECONDS, 16));
    }
}
