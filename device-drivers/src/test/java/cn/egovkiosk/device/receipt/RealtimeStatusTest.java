package cn.egovkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.status.MediaState;
import org.junit.jupiter.api.Test;

/** Status bytes of devices.md §2.6. */
class RealtimeStatusTest {

    @Test
    void readsThePaperSensorBytesOfTheReference() {
        assertThat(RealtimeStatus.paper((byte) 0x12)).isEqualTo(MediaState.OK);
        assertThat(RealtimeStatus.paper((byte) 0x1E)).isEqualTo(MediaState.LOW);
        assertThat(RealtimeStatus.paper((byte) 0x72)).isEqualTo(MediaState.OUT);
        assertThat(RealtimeStatus.paper((byte) 0x7E)).isEqualTo(MediaState.OUT);
        assertThat(RealtimeStatus.paper((byte) 0x41)).isEqualTo(MediaState.UNKNOWN);
    }

    @Test
    void writesTheBytesItReads() {
        for (MediaState paper : new MediaState[] {MediaState.OK, MediaState.LOW, MediaState.OUT}) {
            assertThat(RealtimeStatus.paper(RealtimeStatus.paperAnswer(paper))).isEqualTo(paper);
        }
        byte coverOpen = RealtimeStatus.offlineCauseAnswer(true, false, false);
        assertThat(coverOpen).isEqualTo((byte) 0x16);
        assertThat(RealtimeStatus.coverOpen(coverOpen)).isTrue();
        assertThat(RealtimeStatus.errorOccurred(coverOpen)).isFalse();
        assertThat(RealtimeStatus.errorOccurred(RealtimeStatus.offlineCauseAnswer(false, false, true))).isTrue();
        assertThat(RealtimeStatus.printerAnswer(true)).isEqualTo((byte) 0x1A);
    }

    @Test
    void automaticStatusBackBytesAreNotRealTimeAnswers() {
        assertThat(RealtimeStatus.isStatusAnswer((byte) 0x10)).isFalse();
        assertThat(RealtimeStatus.isStatusAnswer((byte) 0x12)).isTrue();
    }
}
