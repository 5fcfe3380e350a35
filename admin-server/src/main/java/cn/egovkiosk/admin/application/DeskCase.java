package cn.egovkiosk.admin.application;

import cn.egovkiosk.admin.application.ApplicantAccess.Scope;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;

/** One application at the desk: applicant, form, history, a note and the steps its status allows. */
class DeskCase extends VerticalLayout {

    private final ApplicationRecords records;
    private final ApplicationHistory history;
    private final ApplicationLifecycle lifecycle;
    private final Scope scope;
    private final String officer;
    private final AdminTimeFormat time;
    private final Runnable changed;
    private final TextArea note = new TextArea();
    private final HorizontalLayout actions = new HorizontalLayout();
    private String shown;

    DeskCase(ApplicationRecords records, ApplicationHistory history, ApplicationLifecycle lifecycle, Scope scope,
            String officer, AdminTimeFormat time, Runnable changed) {
        this.records = records;
        this.history = history;
        this.lifecycle = lifecycle;
        this.scope = scope;
        this.officer = officer;
        this.time = time;
        this.changed = changed;
        note.setMaxLength(ApplicationLifecycle.MAX_NOTE);
        note.setWidthFull();
        note.setId("desk-note");
        setId("desk-case");
    }

    /** Shows the application (read again, in the clear if the scope allows), or nothing. */
    void show(ApplicationDetail row) {
        removeAll();
        actions.removeAll();
        shown = null;
        Optional<ApplicationDetail> found = row == null ? Optional.empty()
                : records.find(row.trackingNumber()).flatMap(scope::view);
        if (found.isEmpty()) {
            return;
        }
        ApplicationDetail application = found.get();
        shown = application.trackingNumber();
        add(new H3(application.trackingNumber() + " · " + application.itemName()));
        Paragraph applicant = new Paragraph(getTranslation("desk.applicant", application.applicant().name(),
                application.applicant().idNumber()));
        applicant.setId("desk-applicant");
        add(applicant);
        UnorderedList form = new UnorderedList();
        application.form().forEach((key, value) -> form.add(new ListItem(key + ": " + value)));
        add(form);
        UnorderedList steps = new UnorderedList();
        steps.setId("desk-history");
        history.entries(application.trackingNumber()).forEach(entry -> steps.add(new ListItem(
                time.format(entry.at()) + " " + getTranslation("submission.status." + entry.status().name()) + " ("
                        + entry.actor() + ")" + (entry.note().isEmpty() ? "" : ": " + entry.note()))));
        add(new H3(getTranslation("desk.history")), steps);
        note.clear();
        note.setLabel(getTranslation("desk.note"));
        if (scope.mayMove()) {
            for (SubmissionStatus next : LifeCycle.next(application.status())) {
                Button step = new Button(getTranslation("desk.move." + next.name()), click -> move(next));
                step.setId("desk-move-" + next.name());
                actions.add(step);
            }
            add(note, actions);
        }
    }

    /** Moves the shown application; a refusal (e.g. someone else moved it first) is shown, not thrown. */
    void move(SubmissionStatus next) {
        try {
            lifecycle.move(shown, next, officer, note.getValue());
            Notification.show(getTranslation("desk.moved", getTranslation("submission.status." + next.name())));
        } catch (TransitionRefused refused) {
            Notification.show(getTranslation("desk.refused"));
        }
        String tracking = shown;
        changed.run();
        records.find(tracking).ifPresent(this::show);
    }

    TextArea note() {
        return note;
    }
}
