package cn.egovkiosk.kiosk.home;

import cn.egovkiosk.protocol.catalog.CatalogItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;

/**
 * The matching items as tiles, a page at a time: a touch screen shows few large tiles rather than a long list to
 * scroll, and elderly mode shows fewer still.
 */
class TilePager extends Div {

    private List<CatalogItem> items = List.of();
    private Function<CatalogItem, ItemTile> tiles;
    private int pageSize = 8;
    private int page;

    TilePager() {
        addClassName("tile-pager");
    }

    /** Shows {@code shown} from the first page. */
    void show(List<CatalogItem> shown, Function<CatalogItem, ItemTile> tile, int size) {
        this.items = shown;
        this.tiles = tile;
        this.pageSize = size;
        this.page = 0;
        render();
    }

    private void render() {
        removeAll();
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("search.no-match"));
            none.setId("no-match");
            none.addClassName("notice");
            add(none);
            return;
        }
        Div grid = new Div();
        grid.setId("item-tiles");
        grid.addClassName("item-tiles");
        items.stream().skip((long) page * pageSize).limit(pageSize).map(tiles).forEach(grid::add);
        add(grid);
        int pages = (items.size() + pageSize - 1) / pageSize;
        if (pages > 1) {
            Button previous = new Button(getTranslation("page.previous"), click -> turn(-1));
            previous.setId("page-previous");
            previous.setEnabled(page > 0);
            Button next = new Button(getTranslation("page.next"), click -> turn(1));
            next.setId("page-next");
            next.setEnabled(page < pages - 1);
            Span status = new Span(getTranslation("page.status", page + 1, pages));
            status.setId("page-status");
            Div paging = new Div(previous, status, next);
            paging.addClassName("paging");
            previous.addClassName("big-button");
            next.addClassName("big-button");
            add(paging);
        }
    }

    private void turn(int delta) {
        page += delta;
        render();
    }
}
