package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.protocol.catalog.DataSource;
import java.util.Optional;

/**
 * The outcome of asking one source for a resident's record.
 *
 * @param source the source asked
 * @param result what came of it
 * @param record the record when {@link Result#FOUND}, else null
 */
public record SharedLookup(DataSource source, Result result, SharedRecord record) {

    /** Whether the source was asked and what it said. */
    public enum Result {
        /** The source holds a record. */
        FOUND,
        /** The source was asked and holds none. */
        NO_RECORD,
        /** The resident did not consent to this source: it was not asked. */
        NOT_CONSENTED,
        /** The source was asked and did not answer. */
        UNAVAILABLE
    }

    public Optional<SharedRecord> found() {
        return Optional.ofNullable(record);
    }
}
