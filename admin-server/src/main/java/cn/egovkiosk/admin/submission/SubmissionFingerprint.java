package cn.egovkiosk.admin.submission;

import cn.egovkiosk.admin.support.Sha256;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.submission.Submission;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SHA-256 of a submission's canonical JSON (form fields sorted by name), to tell a true replay from a key reused
 * for other content. It is a digest, not the data: it may be stored beside the row and compared freely.
 */
final class SubmissionFingerprint {

    private static final JsonMapper CANONICAL =
            ProtocolJson.configure(JsonMapper.builder()).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private SubmissionFingerprint() {
    }

    static String of(Submission submission) {
        return Sha256.hex(CANONICAL.writeValueAsBytes(submission));
    }
}
