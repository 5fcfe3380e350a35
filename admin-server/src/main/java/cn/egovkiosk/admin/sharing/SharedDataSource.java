package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.protocol.catalog.DataSource;
import java.util.Optional;

/**
 * One shared data source (a department's system behind the sharing platform). Called only through
 * {@link DataSharing}, which checks consent and records the access first.
 */
public interface SharedDataSource {

    /** Which source this is. */
    DataSource source();

    /**
     * The resident's record.
     *
     * @param idNumber the resident's ID number
     * @param purpose  the stated purpose of the access, as the platform requires it (zh-CN)
     * @return the record, or empty when the source holds none for this resident
     * @throws SharedDataUnavailable when the source cannot answer now
     */
    Optional<SharedRecord> lookUp(String idNumber, String purpose);

    /** The source did not answer; the message names the source, never the resident. */
    final class SharedDataUnavailable extends RuntimeException {

        public SharedDataUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
