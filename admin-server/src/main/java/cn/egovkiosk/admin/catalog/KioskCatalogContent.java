package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogPackage;
import cn.egovkiosk.protocol.catalog.CatalogTheme;
import java.util.List;

/** What a catalog version carries to kiosks: items, 一件事 packages and their life events, each in display order. */
record KioskCatalogContent(List<CatalogItem> items, List<CatalogPackage> packages, List<CatalogTheme> themes) {

    KioskCatalogContent {
        items = List.copyOf(items);
        packages = List.copyOf(packages);
        themes = List.copyOf(themes);
    }

    /** The content hash ({@link CatalogContentHash}): covers items, packages and themes. */
    String hash() {
        return CatalogContentHash.of(items, packages, themes);
    }
}
