package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.submission.Consent;
import java.util.EnumMap;
import java.util.Map;

/** Shared data for one submission: rules and certificates that need the same source share one access. */
public final class SharingSession {

    private final DataSharing sharing;
    private final DataSharing.Requester requester;
    private final String idNumber;
    private final Consent consent;
    private final String purpose;
    private final Map<DataSource, SharedLookup> asked = new EnumMap<>(DataSource.class);

    SharingSession(DataSharing sharing, DataSharing.Requester requester, String idNumber, Consent consent,
            String purpose) {
        this.sharing = sharing;
        this.requester = requester;
        this.idNumber = idNumber;
        this.consent = consent;
        this.purpose = purpose;
    }

    /** The resident's record in {@code source}, fetched and recorded on first use. */
    public SharedLookup lookUp(DataSource source) {
        return asked.computeIfAbsent(source, s -> sharing.lookUp(requester, idNumber, consent, purpose, s));
    }

    @Override
    public String toString() {
        return "SharingSession[requester=" + requester + ", asked=" + asked.keySet() + "]";
    }
}
