package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** {@code GET /api/terminal/v1/catalog}: the published catalog, ETag = quoted content hash. */
@RestController
class CatalogController {

    private final PublishedCatalog catalog;

    CatalogController(PublishedCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(TerminalApi.CATALOG)
    ResponseEntity<CatalogSnapshot> catalog(WebRequest request) {
        CatalogSnapshot snapshot = catalog.current();
        String etag = "\"" + snapshot.contentHash() + "\"";
        if (request.checkNotModified(etag)) {
            return null; // 304 with the ETag, already set on the response
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(snapshot);
    }
}
