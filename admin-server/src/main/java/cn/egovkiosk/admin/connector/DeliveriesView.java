package cn.egovkiosk.admin.connector;

import cn.egovkiosk.admin.security.CurrentAdmin;
import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import cn.egovkiosk.admin.support.ApiProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;

/**
 * Applications that did not reach their department's system: which department, how often it was tried, why it failed
 * in plain words, when the queue tries next, and "retry now". No applicant data: the queue holds none.
 */
@AdminMenu(titleKey = "nav.connectorDeliveries", order = 68)
@RolesAllowed("ADMIN")
@Route(value = "connector-deliveries", layout = AdminLayout.class)
public class DeliveriesView extends VerticalLayout implements HasDynamicTitle {

    /** Filter choice: those needing attention (null) or one state. */
    private final Select<DeliveryState> state = new Select<>();
    private final Grid<ConnectorDelivery> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final ConnectorDeliveries deliveries;
    private final CurrentAdmin admin;
    private final AdminTimeFormat time;

    DeliveriesView(ConnectorDeliveries deliveries, CurrentAdmin admin, AdminTimeFormat time) {
        this.deliveries = deliveries;
        this.admin = admin;
        this.time = time;
        state.setLabel(getTranslation("connector.state"));
        state.setItems(DeliveryState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("connector.state.attention"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("connector.state.attention")
                : getTranslation("connector.state." + s.name()));
        state.setId("connector-state");
        state.addValueChangeListener(event -> refresh());
        Button reload = new Button(getTranslation("connector.reload"), click -> refresh());
        reload.setId("connector-reload");
        grid.addColumn(ConnectorDelivery::departmentCode).setHeader(getTranslation("connector.department"))
                .setAutoWidth(true);
        grid.addColumn(ConnectorDelivery::trackingNumber).setHeader(getTranslation("connector.trackingNumber"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation("connector.state." + d.state().name()))
                .setHeader(getTranslation("connector.state")).setAutoWidth(true);
        grid.addColumn(ConnectorDelivery::attempts).setHeader(getTranslation("connector.attempts")).setAutoWidth(true);
        grid.addColumn(this::failureText).setHeader(getTranslation("connector.lastError")).setFlexGrow(1);
        grid.addColumn(this::nextTryText).setHeader(getTranslation("connector.nextTry")).setAutoWidth(true);
        grid.addComponentColumn(this::retryButton).setKey("retry").setHeader(getTranslation("grid.actions"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("connector-deliveries");
        empty.setText(getTranslation("connector.none"));
        empty.setId("connector-none");
        add(new H2(getTranslation("connector.heading")), new Paragraph(getTranslation("connector.intro")),
                new HorizontalLayout(state, reload), empty, grid);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        refresh();
    }

    private String failureText(ConnectorDelivery delivery) {
        if (delivery.failure() == null) {
            return "";
        }
        return delivery.failure() == DeliveryFailure.REFUSED
                ? getTranslation("connector.failure.REFUSED", delivery.answeredStatus())
                : getTranslation("connector.failure." + delivery.failure().name());
    }

    private String nextTryText(ConnectorDelivery delivery) {
        return switch (delivery.state()) {
            case GAVE_UP -> getTranslation("connector.nextTry.none");
            case DELIVERED -> "";
            default -> delivery.sendingNow() ? getTranslation("connector.nextTry.sending")
                    : time.format(delivery.nextTry());
        };
    }

    private Button retryButton(ConnectorDelivery delivery) {
        Button retry = new Button(getTranslation("connector.retry"), click -> retry(delivery.trackingNumber()));
        retry.setId("retry-" + delivery.trackingNumber());
        retry.setEnabled(delivery.state() != DeliveryState.DELIVERED && !delivery.sendingNow());
        return retry;
    }

    private void retry(String trackingNumber) {
        try {
            deliveries.retryNow(trackingNumber, admin.name());
            Notification.show(getTranslation("connector.retry.done", trackingNumber));
        } catch (ApiProblem e) {
            Notification.show(getTranslation(e.status().value() == 404 ? "connector.retry.unknown"
                    : "connector.retry.busy", trackingNumber));
        }
        refresh();
    }

    private void refresh() {
        Set<DeliveryState> states = state.getValue() == null ? ConnectorDeliveries.NEEDING_ATTENTION
                : EnumSet.of(state.getValue());
        var shown = deliveries.inStates(states);
        grid.setItems(shown);
        empty.setVisible(shown.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connector.heading") + " – " + getTranslation("admin.title");
    }
}
