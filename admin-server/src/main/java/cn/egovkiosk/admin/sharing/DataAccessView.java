package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.admin.sharing.DataAccessQuery.Filter;
import cn.egovkiosk.admin.sharing.DataAccessQuery.LoggedAccess;
import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import cn.egovkiosk.protocol.catalog.DataSource;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.AttachmentType;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The PIPL audit of data sharing: every access to a shared source with its purpose, the resident's consent and the
 * result, filterable by days, source and terminal, newest first, paged as the grid scrolls, with the matches as CSV.
 * The log names no resident, so this page shows none.
 */
@AdminMenu(titleKey = "nav.dataAccess", order = 95)
@RolesAllowed({"ADMIN", "AUDITOR"})
@Route(value = "data-access", layout = AdminLayout.class)
public class DataAccessView extends VerticalLayout implements HasDynamicTitle {

    private final DataAccessQuery log;
    private final AdminProperties properties;
    private final AdminTimeFormat time;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<DataSource> source = new ComboBox<>();
    private final TextField terminal = new TextField();
    private final Grid<LoggedAccess> grid = new Grid<>();
    private final Span total = new Span();
    private final Anchor csv;

    DataAccessView(DataAccessQuery log, AdminTimeFormat time, Clock clock, AdminProperties properties) {
        this.log = log;
        this.properties = properties;
        this.time = time;
        boolean english = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        from.setLabel(getTranslation("dataAccess.from"));
        from.setValue(today.minusDays(DataAccessController.DEFAULT_DAYS - 1));
        to.setLabel(getTranslation("dataAccess.to"));
        to.setValue(today);
        source.setLabel(getTranslation("dataAccess.source"));
        source.setItems(DataSource.values());
        source.setItemLabelGenerator(s -> english ? SourceNames.en(s) : SourceNames.zh(s));
        source.setClearButtonVisible(true);
        source.setId("data-access-source");
        terminal.setLabel(getTranslation("dataAccess.terminal"));
        terminal.setValueChangeMode(ValueChangeMode.LAZY);
        terminal.setId("data-access-terminal");
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        source.addValueChangeListener(event -> refresh());
        terminal.addValueChangeListener(event -> refresh());
        grid.addColumn(a -> time.format(a.accessedAt())).setHeader(getTranslation("dataAccess.at")).setAutoWidth(true);
        grid.addColumn(a -> a.trackingNumber() == null ? "" : a.trackingNumber())
                .setHeader(getTranslation("dataAccess.trackingNumber")).setAutoWidth(true);
        grid.addColumn(LoggedAccess::terminalId).setHeader(getTranslation("dataAccess.terminal")).setAutoWidth(true);
        grid.addColumn(LoggedAccess::itemCode).setHeader(getTranslation("dataAccess.item")).setAutoWidth(true);
        grid.addColumn(a -> english ? SourceNames.en(a.source()) : SourceNames.zh(a.source()))
                .setHeader(getTranslation("dataAccess.source")).setAutoWidth(true);
        grid.addColumn(LoggedAccess::purpose).setHeader(getTranslation("dataAccess.purpose")).setFlexGrow(1);
        grid.addColumn(this::consentText).setHeader(getTranslation("dataAccess.consent")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("dataAccess.result." + a.result().name()))
                .setHeader(getTranslation("dataAccess.result")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("data-access-entries");
        total.setId("data-access-total");
        csv = new Anchor(DownloadHandler.fromInputStream(event -> csvDownload()), AttachmentType.DOWNLOAD,
                getTranslation("dataAccess.csv"));
        csv.setId("data-access-csv");
        HorizontalLayout filters = new HorizontalLayout(from, to, source, terminal, csv);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("dataAccess.heading")), filters, total, grid);
        refresh();
    }

    private String consentText(LoggedAccess access) {
        return access.consented()
                ? getTranslation("dataAccess.consent.given", access.consentPurpose(),
                        time.format(access.consentGrantedAt()))
                : getTranslation("dataAccess.consent.none");
    }

    /** The filter of the fields, or null while the days are incomplete or the wrong way round. */
    private Filter filter() {
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            return null;
        }
        return new Filter(from.getValue(), to.getValue(), properties.timeZone(), source.getValue(),
                terminal.getValue());
    }

    // the grid fetches the page it shows as the user scrolls: the whole log is reachable, a page at a time
    private void refresh() {
        Filter filter = filter();
        if (filter == null) {
            return;
        }
        int matches = log.count(filter);
        total.setText(getTranslation("dataAccess.total", matches));
        csv.setEnabled(matches <= DataAccessCsv.MAX_ROWS);
        csv.setTitle(matches <= DataAccessCsv.MAX_ROWS ? ""
                : getTranslation("dataAccess.csv.tooMany", DataAccessCsv.MAX_ROWS));
        grid.setItems(query -> log.search(filter, query.getOffset(), Math.min(query.getLimit(), DataAccessQuery.MAX))
                .stream(), query -> log.count(filter));
    }

    private DownloadResponse csvDownload() {
        Filter filter = filter();
        if (filter == null || log.count(filter) > DataAccessCsv.MAX_ROWS) {
            return DownloadResponse.error(400);
        }
        byte[] bytes = DataAccessCsv.bytes(log, filter, properties.timeZone());
        return new DownloadResponse(new ByteArrayInputStream(bytes), DataAccessCsv.fileName(filter),
                "text/csv;charset=UTF-8", bytes.length);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dataAccess.heading") + " – " + getTranslation("admin.title");
    }
}
