package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.admin.support.Sha256;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogPackage;
import cn.egovkiosk.protocol.catalog.CatalogTheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content hash of a catalog: SHA-256 hex of the items' JSON in the protocol's mapping, or, when the catalog has
 * 一件事 packages or themes, of the JSON object {@code {"items":…,"packages":…,"themes":…}}. Items keep their sets in
 * declaration order, so equal content gives equal JSON and so an equal hash, whichever server computed it.
 */
final class CatalogContentHash {

    private CatalogContentHash() {
    }

    static String of(List<CatalogItem> items) {
        return Sha256.hex(ProtocolJson.mapper().writeValueAsBytes(items));
    }

    static String of(List<CatalogItem> items, List<CatalogPackage> packages, List<CatalogTheme> themes) {
        if (packages.isEmpty() && themes.isEmpty()) {
            return of(items);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("items", items);
        content.put("packages", packages);
        content.put("themes", themes);
        return Sha256.hex(ProtocolJson.mapper().writeValueAsBytes(content));
    }
}
