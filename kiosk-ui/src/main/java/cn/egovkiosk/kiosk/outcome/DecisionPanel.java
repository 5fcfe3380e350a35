package cn.egovkiosk.kiosk.outcome;

import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.protocol.submission.InstantDecision;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;

/**
 * The 秒批 decision on the done screen: approved, or referred to an officer with the conditions that were not met.
 * Ids: {@code decision} (class {@code approved} or {@code referred}), {@code decision-outcome},
 * {@code decision-summary}, {@code decision-unmet}.
 */
public class DecisionPanel extends Div {

    public DecisionPanel(InstantDecision decision, Locale locale) {
        setId("decision");
        addClassName("decision");
        boolean approved = decision.outcome() == InstantDecision.Outcome.APPROVED;
        addClassName(approved ? "approved" : "referred");
        getElement().setAttribute("role", "status");
        Paragraph outcome = new Paragraph(getTranslation(approved ? "decision.approved" : "decision.referred"));
        outcome.setId("decision-outcome");
        outcome.addClassName("decision-outcome");
        add(new H2(getTranslation("decision.heading")), outcome);
        String summary = summary(decision, locale);
        if (!summary.isBlank()) {
            Paragraph shown = new Paragraph(summary);
            shown.setId("decision-summary");
            add(shown);
        }
        if (!decision.unmetConditions().isEmpty()) {
            UnorderedList unmet = new UnorderedList();
            unmet.setId("decision-unmet");
            decision.unmetConditions().forEach(condition -> unmet.add(new ListItem(condition)));
            add(new Paragraph(getTranslation("decision.unmet")), unmet);
        }
    }

    /** The server's summary in the resident's language: English when asked for and given, else Chinese. */
    public static String summary(InstantDecision decision, Locale locale) {
        return Languages.isEnglish(locale) && !decision.summaryEn().isBlank() ? decision.summaryEn()
                : decision.summary();
    }
}
