package cn.egovkiosk.admin.statistics;

import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import cn.egovkiosk.admin.support.AdminProperties;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Applications per item, department, terminal or day over a date range: a bar chart drawn on the server as SVG, the
 * full table beside it, and the same figures as CSV.
 */
@AdminMenu(titleKey = "nav.statistics", order = 70)
@RolesAllowed({"ADMIN", "AUDITOR"})
@Route(value = "statistics", layout = AdminLayout.class)
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final ApplicationStatistics statistics;
    private final boolean english;
    private final ComboBox<Dimension> by = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Image chart = new Image();
    private final Grid<ApplicationCount> table = new Grid<>();
    private List<ApplicationCount> counts = List.of();

    StatisticsView(ApplicationStatistics statistics, Clock clock, AdminProperties properties) {
        this.statistics = statistics;
        this.english = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        by.setLabel(getTranslation("statistics.by"));
        by.setItems(Dimension.values());
        by.setItemLabelGenerator(dimension -> getTranslation("statistics.by." + dimension.name()));
        by.setValue(Dimension.DAY);
        by.setId("statistics-by");
        from.setLabel(getTranslation("statistics.from"));
        from.setValue(today.minusDays(StatisticsController.DEFAULT_DAYS - 1));
        to.setLabel(getTranslation("statistics.to"));
        to.setValue(today);
        by.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = StatisticsCsv.render(by.getValue(), counts);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "applications-by-" + by.getValue().name().toLowerCase(Locale.ROOT) + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("statistics.csv"));
        csv.setId("statistics-csv");
        HorizontalLayout filters = new HorizontalLayout(by, from, to, csv);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        chart.setId("statistics-chart");
        table.addColumn(count -> count.label(english)).setHeader(getTranslation("statistics.key")).setFlexGrow(1);
        table.addColumn(ApplicationCount::applications).setHeader(getTranslation("statistics.applications"))
                .setAutoWidth(true);
        table.setId("statistics-table");
        add(new H2(getTranslation("statistics.heading")), filters, chart, table);
        refresh();
    }

    private void refresh() {
        if (by.getValue() == null || from.getValue() == null || to.getValue() == null
                || from.getValue().isAfter(to.getValue())) {
            return;
        }
        counts = statistics.count(by.getValue(), from.getValue(), to.getValue());
        table.setItems(counts);
        String title = getTranslation("statistics.chart", getTranslation("statistics.by." + by.getValue().name()));
        String svg = BarChartSvg.render(title, counts, english);
        chart.setSrc("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
        chart.setAlt(title);
    }

    /** The SVG shown, for tests. */
    String chartSvg() {
        String src = chart.getSrc();
        return new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.heading") + " – " + getTranslation("admin.title");
    }
}
