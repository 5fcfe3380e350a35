package cn.egovkiosk.admin.catalog;

import java.time.Instant;

/**
 * A published version sent to a target.
 *
 * @param rolledBackAt when it was taken back, null while it counts
 */
public record CatalogRelease(String id, long version, ReleaseTarget target, Instant releasedAt, String releasedBy,
        Instant rolledBackAt) {

    public boolean active() {
        return rolledBackAt == null;
    }
}
