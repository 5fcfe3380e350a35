package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.admin.support.ETagAnswer;
import cn.egovkiosk.admin.terminal.AuthenticatedTerminal;
import cn.egovkiosk.admin.terminal.PolledResource;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /api/terminal/v1/catalog}: the version targeted at the calling terminal, ETag = quoted content hash.
 * A poll with the current ETag is answered 304 by the bearer filter already ({@link PolledResource}).
 */
@RestController
class CatalogController implements PolledResource {

    private final PublishedCatalog catalog;

    CatalogController(PublishedCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(TerminalApi.CATALOG)
    ResponseEntity<CatalogSnapshot> catalog(
            @RequestAttribute(AuthenticatedTerminal.ATTRIBUTE) AuthenticatedTerminal terminal, WebRequest request) {
        CatalogSnapshot snapshot = catalog.forTerminal(terminal.id(), terminal.groupCode());
        return ETagAnswer.of(snapshot, snapshot.contentHash(), request);
    }

    @Override
    public String path() {
        return TerminalApi.CATALOG;
    }

    @Override
    public String etagFor(AuthenticatedTerminal terminal) {
        return ETagAnswer.etag(catalog.forTerminal(terminal.id(), terminal.groupCode()).contentHash());
    }
}
