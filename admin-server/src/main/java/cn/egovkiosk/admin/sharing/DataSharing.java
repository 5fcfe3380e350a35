package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.submission.Consent;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The one way to shared data: consent first, then the source, and a record of the access either way.
 */
@Service
public class DataSharing {

    private final Map<DataSource, SharedDataSource> sources = new EnumMap<>(DataSource.class);
    private final DataAccessLog log;
    private final Clock clock;

    DataSharing(List<SharedDataSource> sources, DataAccessLog log, Clock clock) {
        sources.forEach(source -> this.sources.putIfAbsent(source.source(), source));
        this.log = log;
        this.clock = clock;
    }

    /**
     * Access for one submission: each source is asked at most once.
     *
     * @param purpose the server's stated purpose, e.g. 秒批审核：住房公积金提取（租房）
     */
    public SharingSession session(Requester requester, String idNumber, Consent consent, String purpose) {
        return new SharingSession(this, requester, idNumber, consent, purpose);
    }

    SharedLookup lookUp(Requester requester, String idNumber, Consent consent, String purpose, DataSource source) {
        boolean consented = consent.covers(source);
        SharedLookup lookup;
        if (!consented) {
            lookup = new SharedLookup(source, SharedLookup.Result.NOT_CONSENTED, null);
        } else {
            lookup = ask(source, idNumber, purpose);
        }
        log.record(new DataAccessLog.DataAccess(requester.idempotencyKey(), requester.terminalId(),
                requester.itemCode(), source, purpose, consented, consent.purpose(), consent.grantedAt(),
                lookup.result(), clock.instant()));
        return lookup;
    }

    private SharedLookup ask(DataSource source, String idNumber, String purpose) {
        SharedDataSource delegate = sources.get(source);
        if (delegate == null) {
            return new SharedLookup(source, SharedLookup.Result.UNAVAILABLE, null);
        }
        try {
            return delegate.lookUp(idNumber, purpose)
                    .map(record -> new SharedLookup(source, SharedLookup.Result.FOUND, record))
                    .orElseGet(() -> new SharedLookup(source, SharedLookup.Result.NO_RECORD, null));
        } catch (SharedDataSource.SharedDataUnavailable e) {
            return new SharedLookup(source, SharedLookup.Result.UNAVAILABLE, null);
        }
    }

    /**
     * Who asks: the submission (by its key), the terminal it came from and the item it is for.
     */
    public record Requester(UUID idempotencyKey, String terminalId, String itemCode) {
    }
}
