package cn.egovkiosk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.certificate.SigningKey;
import cn.egovkiosk.protocol.progress.ProgressAnswer;
import cn.egovkiosk.protocol.progress.ProgressQuery;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import cn.egovkiosk.protocol.submission.TrackingNumber;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProtocolFixturesTest {

    @Test
    void catalogSnapshotFixtureReadsIntoRecords() {
        CatalogSnapshot snapshot = ProtocolFixtures.read(ProtocolFixtures.CATALOG_SNAPSHOT, CatalogSnapshot.class);

        assertThat(snapshot.version()).isEqualTo(3);
        assertThat(snapshot.items()).hasSize(2);
        assertThat(snapshot.items().get(1).flags()).contains(ItemFlag.INSTANT_APPROVAL);
        assertThat(snapshot.items().getFirst().requiredDevices()).contains(DeviceKind.ID_CARD_READER);
    }

    @Test
    void heartbeatAndItsAckReadIntoRecords() {
        Heartbeat heartbeat = ProtocolFixtures.read(ProtocolFixtures.HEARTBEAT, Heartbeat.class);
        HeartbeatAck ack = ProtocolFixtures.read(ProtocolFixtures.HEARTBEAT_ACK, HeartbeatAck.class);

        assertThat(heartbeat.outboxDepth()).isEqualTo(2);
        assertThat(heartbeat.devices().get(1).media()).isEqualTo(DeviceStatusReport.MediaState.OUT);
        assertThat(ack.nextPollSeconds()).isEqualTo(30);
    }

    @Test
    void submissionAndAckShareTheIdempotencyKey() {
        Submission submission = ProtocolFixtures.read(ProtocolFixtures.SUBMISSION, Submission.class);
        SubmissionAck ack = ProtocolFixtures.read(ProtocolFixtures.SUBMISSION_ACK, SubmissionAck.class);

        assertThat(ack.idempotencyKey()).isEqualTo(submission.idempotencyKey());
        assertThat(ack.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(TrackingNumber.parse(ack.trackingNumber())).hasValue(ack.trackingNumber());
        assertThat(submission.applicant().name()).isEqualTo("张三");
    }

    @Test
    void everyFixtureSurvivesARoundTripUnchanged() {
        record Case(String name, Class<?> type) {
        }
        for (Case c : new Case[] {new Case(ProtocolFixtures.CATALOG_SNAPSHOT, CatalogSnapshot.class),
                new Case(ProtocolFixtures.HEARTBEAT, Heartbeat.class),
                new Case(ProtocolFixtures.HEARTBEAT_ACK, HeartbeatAck.class),
                new Case(ProtocolFixtures.SUBMISSION, Submission.class),
                new Case(ProtocolFixtures.SUBMISSION_ACK, SubmissionAck.class),
                new Case(ProtocolFixtures.SIGNING_KEYS, SigningKey[].class),
                new Case(ProtocolFixtures.PROGRESS_QUERY, ProgressQuery.class),
                new Case(ProtocolFixtures.PROGRESS_ANSWER, ProgressAnswer.class)}) {
            Object value = ProtocolFixtures.read(c.name(), c.type());
            JsonNode written = ProtocolJson.mapper().valueToTree(value);
            JsonNode original = ProtocolJson.mapper().readTree(ProtocolFixtures.text(c.name()));
            // compared as text: a long and an int node with the same digits are different nodes
            assertThat(written.toString()).as(c.name()).isEqualTo(original.toString());
        }
    }

    @Test
    void unknownPropertiesFromANewerServerAreIgnored() {
        String json = ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT_ACK).replace("{", "{\"futureField\": 1,");

        assertThat(ProtocolJson.mapper().readValue(json, HeartbeatAck.class).nextPollSeconds()).isEqualTo(30);
    }

    @Test
    void submissionTextNeverShowsTheApplicantOrTheForm() {
        Submission submission = ProtocolFixtures.read(ProtocolFixtures.SUBMISSION, Submission.class);

        assertThat(submission.toString()).doesNotContain("11010519491231002X", "张三", "13800000000")
                .contains("1101**********002X", "张*");
        assertThat(new Submission(UUID.randomUUID(), "x", null, null, null).toString()).contains("form=<0 fields>");
    }

    @Test
    void aMissingFixtureIsAClearError() {
        assertThatThrownBy(() -> ProtocolFixtures.text("nope.json")).hasMessageContaining("nope.json");
    }
}
