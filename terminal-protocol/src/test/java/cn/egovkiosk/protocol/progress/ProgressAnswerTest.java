package cn.egovkiosk.protocol.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Certificates in a progress answer: optional, read as empty from an older server, never in the text. */
class ProgressAnswerTest {

    @Test
    void anAnswerFromAnOlderServerHasNoCertificates() {
        String old = ProtocolFixtures.text(ProtocolFixtures.PROGRESS_ANSWER).replaceAll(",\\s*\"certificates\": \\[]",
                "");
        assertThat(old).doesNotContain("certificates");

        ProgressAnswer answer = ProtocolJson.mapper().readValue(old, ProgressAnswer.class);

        assertThat(answer.certificates()).isEmpty();
        assertThat(answer.history()).hasSize(2);
    }

    @Test
    void theOldConstructorAndNullGiveAnEmptyList() {
        ProgressAnswer answer = new ProgressAnswer("ZW20261120000017Z", "x", "", SubmissionStatus.APPROVED, "张*",
                List.of());

        assertThat(answer.certificates()).isEmpty();
        assertThat(new ProgressAnswer("ZW20261120000017Z", "x", "", SubmissionStatus.APPROVED, "张*", List.of(),
                null).certificates()).isEmpty();
    }

    @Test
    void certificatesTravelUnchangedAndStayOutOfTheText() {
        SubmissionAck ack = ProtocolFixtures.read(ProtocolFixtures.SUBMISSION_ACK, SubmissionAck.class);
        ProgressAnswer answer = ProtocolFixtures.read(ProtocolFixtures.PROGRESS_ANSWER, ProgressAnswer.class)
                .withCertificates(ack.certificates());

        ProgressAnswer read = ProtocolJson.mapper().readValue(ProtocolJson.mapper().writeValueAsString(answer),
                ProgressAnswer.class);

        assertThat(read.certificates()).isEqualTo(ack.certificates());
        assertThat(read.certificates().getFirst().readContent().holderName()).isEqualTo("张三");
        assertThat(read.toString()).contains("certificates=1").doesNotContain(
                ack.certificates().getFirst().signedContent(), "张三");
    }
}
