package cn.egovkiosk.protocol.submission;

/** Life cycle of an application. */
public enum SubmissionStatus {
    RECEIVED, ACCEPTED, APPROVED, REJECTED, MORE_NEEDED, COMPLETED
}
