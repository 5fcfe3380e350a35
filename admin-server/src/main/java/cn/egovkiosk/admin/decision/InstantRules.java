package cn.egovkiosk.admin.decision;

import cn.egovkiosk.admin.sharing.SharedLookup;
import cn.egovkiosk.protocol.submission.InstantDecision;
import cn.egovkiosk.protocol.submission.InstantDecision.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Evaluates an item's rules: all met approves, anything else goes to an officer with the unmet conditions. */
final class InstantRules {

    static final String APPROVED = "符合秒批条件，已自动审批通过";
    static final String APPROVED_EN = "All conditions met: approved automatically";
    static final String REFERRED = "未满足全部秒批条件，已转人工审核";
    static final String REFERRED_EN = "Not all conditions met: referred to an officer";

    private InstantRules() {
    }

    static InstantDecision decide(List<InstantRule> rules, RuleFacts facts, Instant now) {
        List<String> unmet = new ArrayList<>();
        for (InstantRule rule : rules) {
            if (!rule.isMet(facts)) {
                unmet.add(rule.condition() + rule.source().map(source -> why(facts.lookUp(source))).orElse(""));
            }
        }
        return unmet.isEmpty() ? new InstantDecision(Outcome.APPROVED, APPROVED, APPROVED_EN, List.of(), now)
                : new InstantDecision(Outcome.REFERRED_TO_OFFICER, REFERRED, REFERRED_EN, unmet, now);
    }

    // the resident should learn when the data, not the facts, were missing
    private static String why(SharedLookup lookup) {
        return switch (lookup.result()) {
            case NOT_CONSENTED -> "（未授权查询该数据）";
            case UNAVAILABLE -> "（数据暂时无法查询）";
            case FOUND, NO_RECORD -> "";
        };
    }
}
