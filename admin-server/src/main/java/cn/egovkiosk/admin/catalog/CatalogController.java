package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.admin.support.ETagAnswer;
import cn.egovkiosk.admin.terminal.AuthenticatedTerminal;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** {@code GET /api/terminal/v1/catalog}: the version targeted at the calling terminal, ETag = quoted content hash. */
@RestController
class CatalogController {

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
}
