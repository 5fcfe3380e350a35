package cn.egovkiosk.kiosk.home;

import cn.egovkiosk.kiosk.catalog.CatalogIndex;
import cn.egovkiosk.kiosk.catalog.CatalogQuery;
import cn.egovkiosk.kiosk.catalog.CatalogSearch;
import cn.egovkiosk.kiosk.catalog.CatalogSync;
import cn.egovkiosk.kiosk.catalog.PackageItem;
import cn.egovkiosk.kiosk.device.DeviceHealth;
import cn.egovkiosk.kiosk.device.ItemAvailability;
import cn.egovkiosk.kiosk.guide.GuideView;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.progress.ProgressView;
import cn.egovkiosk.kiosk.support.ElderlyModeObserver;
import cn.egovkiosk.kiosk.support.ServerReachability;
import cn.egovkiosk.kiosk.support.UiUpdates;
import cn.egovkiosk.kiosk.support.Voice;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;

/**
 * The first screen: search, department and kind filters, and the matching service items as large tiles. 长辈模式
 * shows four tiles a page and keeps only the main ways in on screen.
 */
@Route(value = "", layout = KioskLayout.class)
public class HomeView extends VerticalLayout
        implements LocaleChangeObserver, HasDynamicTitle, ElderlyModeObserver {

    private static final int TILES_PER_PAGE = 8;
    // 适老化: fewer, larger choices per screen
    private static final int TILES_PER_PAGE_ELDERLY = 4;

    private final CatalogSearch search;
    private final CatalogSync sync;
    private final ResidentSession session;
    private final ItemAvailability availability;
    private final ServerReachability server;
    private final DeviceHealth health;
    private final SearchPad searchPad = new SearchPad(text -> showResults());
    private final CatalogFilters filters = new CatalogFilters(this::filtersChanged);
    private final TilePager pager = new TilePager();

    public HomeView(CatalogSearch search, CatalogSync sync, ResidentSession session, ItemAvailability availability,
            ServerReachability server, DeviceHealth health) {
        this.search = search;
        this.sync = sync;
        this.session = session;
        this.availability = availability;
        this.server = server;
        this.health = health;
        setId("home");
        addClassName("kiosk-screen");
        setPadding(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // a catalog that arrives while the home screen shows (e.g. the first sync after start) appears at once
        UI ui = event.getUI();
        UiUpdates.whileAttached(this, sync.onUpdated(() -> UiUpdates.later(ui, this::render)));
        // a printer running out of paper or the network going away changes what can be chosen
        UiUpdates.whileAttached(this, health.onChange(() -> UiUpdates.later(ui, this::showResults)));
        UiUpdates.whileAttached(this, server.onChange(online -> UiUpdates.later(ui, this::showResults)));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public void elderlyModeChanged(boolean on) {
        // fewer tiles and only the main ways in (search, 一件事 and themes); the other filters behind one button
        filtersChanged();
        if (on) {
            getUI().ifPresent(ui -> Voice.say(ui, getTranslation("home.prompt")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    private void render() {
        removeAll();
        // the progress query needs no catalog: reachable even when the cache is empty
        Div header = new Div(new H1(getTranslation("app.title")), ProgressView.entryButton());
        header.addClassName("kiosk-header");
        add(header);
        CatalogIndex index = search.index();
        if (index.items().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("home.empty"));
            empty.setId("catalog-empty");
            empty.addClassName("notice");
            add(empty);
            return;
        }
        searchPad.show();
        filters.show(index, getLocale(), session.elderlyMode());
        add(searchPad, filters, new Paragraph(getTranslation("home.prompt")), pager);
        showResults();
    }

    private void filtersChanged() {
        filters.show(search.index(), getLocale(), session.elderlyMode());
        showResults();
    }

    private void showResults() {
        CatalogIndex index = search.index();
        boolean offline = !server.reachable();
        int perPage = session.elderlyMode() ? TILES_PER_PAGE_ELDERLY : TILES_PER_PAGE;
        if (filters.packages()) {
            // a 一件事 package is shown, guided and applied for as one item
            List<CatalogItem> packages = index.searchPackages(searchPad.text(), filters.theme()).stream()
                    .map(pack -> PackageItem.of(pack, index)).toList();
            pager.show(packages, item -> new ItemTile("package-", item, getLocale(), availability.check(item),
                    offline, () -> choose(item)), perPage);
            return;
        }
        CatalogQuery query = filters.applyTo(CatalogQuery.ALL.withText(searchPad.text()));
        pager.show(index.search(query), item -> new ItemTile(item, getLocale(), availability.check(item),
                offline, () -> choose(item)), perPage);
    }

    // the guide first: what is needed and where, before the resident identifies
    private void choose(CatalogItem item) {
        getUI().ifPresent(ui -> ui.navigate(GuideView.class, item.code()));
    }
}
