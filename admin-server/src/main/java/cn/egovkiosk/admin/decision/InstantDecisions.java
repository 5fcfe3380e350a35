package cn.egovkiosk.admin.decision;

import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.submission.InstantDecision;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 秒批 decision of each application, as returned: a replay returns it unchanged. */
@Repository
class InstantDecisions {

    private final JdbcClient jdbc;

    InstantDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String trackingNumber, InstantDecision decision) {
        jdbc.sql("INSERT INTO instant_decision (tracking_number, outcome, decision_json, decided_at) VALUES (?, ?, ?, ?)")
                .params(trackingNumber, decision.outcome().name(), ProtocolJson.mapper().writeValueAsString(decision),
                        decision.decidedAt().toString())
                .update();
    }

    Optional<InstantDecision> find(String trackingNumber) {
        return jdbc.sql("SELECT decision_json FROM instant_decision WHERE tracking_number = ?").param(trackingNumber)
                .query(String.class).optional()
                .map(json -> ProtocolJson.mapper().readValue(json, InstantDecision.class));
    }
}
