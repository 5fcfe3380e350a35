package cn.egovkiosk.admin.connector;

import cn.egovkiosk.protocol.submission.SubmissionStatus;

/**
 * What a department's system sends to move an application: {@code POST /api/department/v1/status-callbacks}.
 *
 * @param callbackId     unique per department and message (e.g. a UUID): the same id twice is a replay
 * @param trackingNumber the application
 * @param status         the status it enters
 * @param note           for the resident, shown in the progress query; may be empty
 */
public record StatusCallback(String callbackId, String trackingNumber, SubmissionStatus status, String note) {

    @Override
    public String toString() {
        return "StatusCallback[" + callbackId + ", " + trackingNumber + " -> " + status + "]";
    }
}
