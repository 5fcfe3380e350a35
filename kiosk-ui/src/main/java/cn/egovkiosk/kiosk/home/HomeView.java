package cn.egovkiosk.kiosk.home;

import cn.egovkiosk.kiosk.apply.IdentifyView;
import cn.egovkiosk.kiosk.catalog.CatalogCache;
import cn.egovkiosk.kiosk.catalog.CatalogSync;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.kiosk.support.UiUpdates;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;

/** The first screen: every cached service item as a large tile, and the language toggle. */
@Route(value = "", layout = KioskLayout.class)
public class HomeView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final CatalogCache catalog;
    private final CatalogSync sync;
    private final ResidentSession session;

    public HomeView(CatalogCache catalog, CatalogSync sync, ResidentSession session) {
        this.catalog = catalog;
        this.sync = sync;
        this.session = session;
        setId("home");
        addClassName("kiosk-screen");
        setPadding(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // a catalog that arrives while the home screen shows (e.g. the first sync after start) appears at once
        UI ui = event.getUI();
        UiUpdates.whileAttached(this, sync.onUpdated(() -> UiUpdates.later(ui, this::render)));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    private void render() {
        removeAll();
        Button language = new Button(getTranslation("home.language-toggle"),
                click -> Languages.toggle(getUI().orElseThrow()));
        language.setId("language-toggle");
        language.addClassName("language-toggle");
        Div header = new Div(new H1(getTranslation("app.title")), language);
        header.addClassName("kiosk-header");
        add(header, new Paragraph(getTranslation("home.prompt")));

        List<CatalogItem> items = catalog.items();
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("home.empty"));
            empty.setId("catalog-empty");
            empty.addClassName("notice");
            add(empty);
            return;
        }
        Div tiles = new Div();
        tiles.setId("item-tiles");
        tiles.addClassName("item-tiles");
        items.forEach(item -> tiles.add(new ItemTile(item, getLocale(), () -> choose(item))));
        add(tiles);
    }

    private void choose(CatalogItem item) {
        session.choose(item);
        getUI().ifPresent(ui -> ui.navigate(IdentifyView.class));
    }
}
