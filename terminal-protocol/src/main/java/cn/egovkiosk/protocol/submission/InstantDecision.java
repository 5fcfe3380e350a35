package cn.egovkiosk.protocol.submission;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a 秒批 item's rules, evaluated by the server at intake and returned with the acknowledgement, so
 * the kiosk can show and print it while the resident waits.
 *
 * @param outcome         approved on the spot, or handed to an officer
 * @param summary         what was decided, for the screen and the receipt (zh-CN), no personal data
 * @param summaryEn       the same in English, may be empty
 * @param unmetConditions the rule conditions that were not met (zh-CN), empty when approved
 * @param decidedAt       when the rules were evaluated
 */
public record InstantDecision(Outcome outcome, String summary, String summaryEn, List<String> unmetConditions,
        Instant decidedAt) {

    public InstantDecision {
        summary = summary == null ? "" : summary;
        summaryEn = summaryEn == null ? "" : summaryEn;
        unmetConditions = unmetConditions == null ? List.of() : List.copyOf(unmetConditions);
    }

    /** 秒批 either approves, or refers the application to an officer (转人工审核): it never rejects on its own. */
    public enum Outcome {
        APPROVED, REFERRED_TO_OFFICER
    }
}
