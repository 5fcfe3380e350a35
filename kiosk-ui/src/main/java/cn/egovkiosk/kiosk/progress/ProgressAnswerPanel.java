package cn.egovkiosk.kiosk.progress;

import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.protocol.progress.ProgressAnswer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A found application: item, status, the masked applicant and the history with the officers' notes. Ids
 * {@code progress-answer}, {@code progress-item}, {@code progress-status}, {@code progress-applicant},
 * {@code progress-history} with {@code progress-step-<n>}.
 */
class ProgressAnswerPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    ProgressAnswerPanel(ProgressAnswer answer, Locale locale, ZoneId zone) {
        setId("progress-answer");
        addClassName("progress-answer");
        getElement().setAttribute("role", "status");
        String item = Languages.isEnglish(locale) && !answer.itemNameEn().isBlank() ? answer.itemNameEn()
                : answer.itemName();
        add(field("progress.tracking-label", "progress-number", answer.trackingNumber()),
                field("progress.item", "progress-item", item),
                field("progress.status", "progress-status", getTranslation("status." + answer.status().name())),
                field("progress.applicant", "progress-applicant", answer.maskedApplicantName()));
        OrderedList history = new OrderedList();
        history.setId("progress-history");
        List<ProgressAnswer.Step> steps = answer.history();
        for (int i = 0; i < steps.size(); i++) {
            ProgressAnswer.Step step = steps.get(i);
            String text = TIME.format(step.at().atZone(zone)) + "  " + getTranslation("status." + step.status().name())
                    + (step.note().isBlank() ? "" : " — " + step.note());
            ListItem shown = new ListItem(text);
            shown.setId("progress-step-" + i);
            history.add(shown);
        }
        add(new H2(getTranslation("progress.history")), history);
    }

    private Div field(String labelKey, String id, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span shown = new Span(value);
        shown.setId(id);
        shown.addClassName("field-value");
        Div field = new Div(label, shown);
        field.addClassName("field");
        return field;
    }
}
