package cn.egovkiosk.admin.rollout;

import cn.egovkiosk.admin.security.CurrentAdmin;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import cn.egovkiosk.admin.support.ApiProblem;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Staged rollouts on the publishing page: a form to start one over site groups in order, and every rollout with
 * its stage, the stage's adoption, and resume or abort. Fires {@link ChangeEvent} when releases changed.
 */
class RolloutPanel extends VerticalLayout {

    private final CatalogRollouts rollouts;
    private final CurrentAdmin admin;
    private final TextField groups = new TextField();
    private final IntegerField threshold = new IntegerField();
    private final IntegerField deadlineMinutes = new IntegerField();
    private final Grid<StagedRollout> grid = new Grid<>();

    RolloutPanel(CatalogRollouts rollouts, AdminTimeFormat time, CurrentAdmin admin) {
        this.rollouts = rollouts;
        this.admin = admin;
        configureGrid(time);
        setPadding(false);
        add(startForm(), grid);
        refresh();
    }

    private HorizontalLayout startForm() {
        groups.setLabel(getTranslation("rollout.groups"));
        groups.setHelperText(getTranslation("rollout.groups.help"));
        groups.setId("rollout-groups");
        threshold.setLabel(getTranslation("rollout.threshold"));
        threshold.setMin(0);
        threshold.setMax(100);
        threshold.setValue(rollouts.defaults().failureThreshold());
        threshold.setId("rollout-threshold");
        deadlineMinutes.setLabel(getTranslation("rollout.deadline"));
        deadlineMinutes.setMin(0);
        deadlineMinutes.setValue((int) rollouts.defaults().adoptionDeadline().toMinutes());
        deadlineMinutes.setId("rollout-deadline");
        Button start = new Button(getTranslation("rollout.start"), click -> start());
        start.setId("rollout-start");
        HorizontalLayout form = new HorizontalLayout(groups, threshold, deadlineMinutes, start);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return form;
    }

    private void configureGrid(AdminTimeFormat time) {
        grid.addColumn(StagedRollout::version).setHeader(getTranslation("publishing.version")).setAutoWidth(true);
        grid.addColumn(r -> String.join(" → ", r.groupCodes())).setHeader(getTranslation("rollout.groups"));
        grid.addColumn(r -> (r.stage() + 1) + "/" + r.groupCodes().size() + " " + r.currentGroup())
                .setHeader(getTranslation("rollout.stage"));
        grid.addColumn(this::stateText).setHeader(getTranslation("publishing.state"));
        grid.addColumn(r -> {
            StageProgress progress = rollouts.progress(r);
            return getTranslation("rollout.progress", progress.adopted(), progress.terminals(), progress.failed());
        }).setHeader(getTranslation("rollout.adoption"));
        grid.addColumn(r -> time.format(r.createdAt()) + " " + r.createdBy())
                .setHeader(getTranslation("publishing.releasedBy"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("grid.actions"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("rollouts");
    }

    private String stateText(StagedRollout rollout) {
        String state = getTranslation("rollout.state." + rollout.state().name());
        return rollout.pauseReason().isEmpty() ? state
                : state + " " + getTranslation("rollout.pauseReason", rollout.pauseReason());
    }

    private HorizontalLayout actions(StagedRollout rollout) {
        Button resume = new Button(getTranslation("rollout.resume"),
                click -> act(() -> rollouts.resume(rollout.id(), admin.name())));
        resume.setVisible(rollout.state() == StagedRollout.State.PAUSED);
        Button abort = new Button(getTranslation("rollout.abort"),
                click -> act(() -> rollouts.abort(rollout.id(), admin.name())));
        abort.setVisible(rollout.state() == StagedRollout.State.PAUSED
                || rollout.state() == StagedRollout.State.RUNNING);
        return new HorizontalLayout(resume, abort);
    }

    private void start() {
        List<String> codes = Arrays.stream(groups.getValue().split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        if (codes.isEmpty() || threshold.getValue() == null || deadlineMinutes.getValue() == null) {
            groups.setInvalid(codes.isEmpty());
            groups.setErrorMessage(getTranslation("rollout.groups.required"));
            return;
        }
        act(() -> rollouts.start(codes, threshold.getValue(), Duration.ofMinutes(deadlineMinutes.getValue()),
                admin.name()));
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("rollout.done"));
        } catch (ApiProblem e) {
            // the problem's detail is English API text: say it in the user's language by its kind
            Notification.show(getTranslation(e.status().value() == 409 ? "rollout.refused.state"
                    : "rollout.refused.input"));
        }
        refresh();
        fireEvent(new ChangeEvent(this));
    }

    private void refresh() {
        grid.setItems(rollouts.all());
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** A rollout started, resumed or aborted: the releases may have changed. */
    static final class ChangeEvent extends ComponentEvent<RolloutPanel> {

        ChangeEvent(RolloutPanel source) {
            super(source, false);
        }
    }
}
