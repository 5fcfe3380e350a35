package cn.egovkiosk.admin.terminal;

import java.time.Instant;

/**
 * A terminal of the registry.
 *
 * @param enrolledAt when its current credential was issued, null if it has none
 * @param revokedAt  when its credential was revoked, null if it was not
 */
public record RegisteredTerminal(String id, String site, String address, double latitude, double longitude,
        String groupCode, Instant createdAt, Instant enrolledAt, Instant revokedAt) {

    public boolean hasCredential() {
        return enrolledAt != null && revokedAt == null;
    }
}
