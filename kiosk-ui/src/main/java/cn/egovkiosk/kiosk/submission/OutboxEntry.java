package cn.egovkiosk.kiosk.submission;

import cn.egovkiosk.protocol.submission.Submission;

/**
 * One submission waiting in the outbox. {@link Submission#toString()} masks the applicant, so this record may be
 * logged.
 *
 * @param submission the submission as it will be sent
 * @param attempts   how many sends failed so far
 */
record OutboxEntry(Submission submission, int attempts) {
}
