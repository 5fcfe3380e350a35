package cn.egovkiosk.protocol.submission;

import cn.egovkiosk.protocol.catalog.DataSource;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The resident's consent, given on the kiosk screen, to fetch their data from shared sources for this application
 * (PIPL: separate consent for a stated purpose). The server records it with each access and refuses to fetch from a
 * source it does not name.
 *
 * @param sources   the sources the resident agreed to
 * @param purpose   the purpose shown to the resident (zh-CN), e.g. 开具社保参保证明
 * @param grantedAt when the resident agreed
 */
public record Consent(Set<DataSource> sources, String purpose, Instant grantedAt) {

    /** No consent given: the server fetches nothing. */
    public static final Consent NONE = new Consent(Set.of(), "", null);

    public Consent {
        sources = Collections.unmodifiableSet(sources == null || sources.isEmpty() ? EnumSet.noneOf(DataSource.class)
                : EnumSet.copyOf(sources));
        purpose = purpose == null ? "" : purpose;
    }

    /** Whether the resident agreed to {@code source}. */
    public boolean covers(DataSource source) {
        return sources.contains(source);
    }
}
