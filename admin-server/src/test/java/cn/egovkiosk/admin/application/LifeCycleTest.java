package cn.egovkiosk.admin.application;

import static cn.egovkiosk.protocol.submission.SubmissionStatus.ACCEPTED;
import static cn.egovkiosk.protocol.submission.SubmissionStatus.APPROVED;
import static cn.egovkiosk.protocol.submission.SubmissionStatus.COMPLETED;
import static cn.egovkiosk.protocol.submission.SubmissionStatus.MORE_NEEDED;
import static cn.egovkiosk.protocol.submission.SubmissionStatus.RECEIVED;
import static cn.egovkiosk.protocol.submission.SubmissionStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.submission.SubmissionStatus;
import org.junit.jupiter.api.Test;

class LifeCycleTest {

    @Test
    void theUsualPathIsAllowedStepByStep() {
        assertThat(LifeCycle.allows(RECEIVED, ACCEPTED)).isTrue();
        assertThat(LifeCycle.allows(ACCEPTED, APPROVED)).isTrue();
        assertThat(LifeCycle.allows(APPROVED, COMPLETED)).isTrue();
        assertThat(LifeCycle.allows(ACCEPTED, MORE_NEEDED)).isTrue();
        assertThat(LifeCycle.allows(MORE_NEEDED, ACCEPTED)).isTrue();
    }

    @Test
    void nothingGoesBackwardsAndFinalStatusesStayFinal() {
        assertThat(LifeCycle.allows(APPROVED, RECEIVED)).isFalse();
        assertThat(LifeCycle.allows(APPROVED, REJECTED)).isFalse();
        assertThat(LifeCycle.allows(ACCEPTED, RECEIVED)).isFalse();
        assertThat(LifeCycle.allows(MORE_NEEDED, APPROVED)).as("the missing documents are checked first").isFalse();
        assertThat(LifeCycle.next(REJECTED)).isEmpty();
        assertThat(LifeCycle.next(COMPLETED)).isEmpty();
        for (SubmissionStatus status : SubmissionStatus.values()) {
            assertThat(LifeCycle.allows(status, status)).as(status + " to itself").isFalse();
            assertThat(LifeCycle.allows(status, RECEIVED)).as("back to received from " + status).isFalse();
        }
    }
}
