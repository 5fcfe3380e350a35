package cn.egovkiosk.protocol.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One immutable catalog version as a terminal receives it. {@code contentHash} is the server's hash of the content and
 * doubles as the HTTP ETag, so a terminal that already runs this version gets 304.
 *
 * @param version     the version number, increasing with every publication
 * @param contentHash hash of the content (hex); equal hashes mean equal content
 * @param publishedAt when the version was published
 * @param items       the service items available at kiosks, in display order
 * @param packages    the 一件事 packages whose items are all available at kiosks, in display order
 * @param themes      the life events the packages belong to, in display order
 */
public record CatalogSnapshot(long version, String contentHash, Instant publishedAt, List<CatalogItem> items,
        List<CatalogPackage> packages, List<CatalogTheme> themes) {

    public CatalogSnapshot {
        items = List.copyOf(items);
        packages = packages == null ? List.of() : List.copyOf(packages);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** A snapshot of items only. */
    public CatalogSnapshot(long version, String contentHash, Instant publishedAt, List<CatalogItem> items) {
        this(version, contentHash, publishedAt, items, List.of(), List.of());
    }
}
