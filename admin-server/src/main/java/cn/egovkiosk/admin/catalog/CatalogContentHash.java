package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.admin.support.Sha256;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import java.util.List;

/**
 * The content hash of a catalog: SHA-256 hex of the items' JSON in the protocol's mapping. Items keep their sets in
 * declaration order, so equal content gives equal JSON and so an equal hash, whichever server computed it.
 */
final class CatalogContentHash {

    private CatalogContentHash() {
    }

    static String of(List<CatalogItem> items) {
        return Sha256.hex(ProtocolJson.mapper().writeValueAsBytes(items));
    }
}
