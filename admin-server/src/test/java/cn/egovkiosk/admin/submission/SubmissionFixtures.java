package cn.egovkiosk.admin.submission;

import cn.egovkiosk.protocol.ProtocolFixtures;
import java.util.UUID;

/** The protocol's submission fixture, and copies of it under a new idempotency key for tests sharing a database. */
final class SubmissionFixtures {

    static final String FIXTURE_KEY = "3f2b8c1e-7a4d-4e59-9b1a-2c6d8e0f1a2b";
    static final String ID_NUMBER = "11010519491231002X";
    static final String NAME = "张三";

    private SubmissionFixtures() {
    }

    static String fixture() {
        return ProtocolFixtures.text(ProtocolFixtures.SUBMISSION);
    }

    /** The fixture under a fresh key. */
    static String withKey(UUID key) {
        String text = fixture();
        if (!text.contains(FIXTURE_KEY)) {
            throw new IllegalStateException("the submission fixture no longer carries the expected key");
        }
        return text.replace(FIXTURE_KEY, key.toString());
    }
}
