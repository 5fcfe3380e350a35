package cn.egovkiosk.admin.connector;

import cn.egovkiosk.protocol.submission.Applicant;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.time.Instant;
import java.util.Map;

/**
 * The JSON a department's system receives: the whole application, applicant in the clear (the department decides
 * the case), sent only over the configured connection and never logged.
 */
public record OutgoingApplication(String trackingNumber, String itemCode, String itemName, String departmentCode,
        String terminalId, Instant receivedAt, SubmissionStatus status, Applicant applicant,
        Map<String, String> form) {

    @Override
    public String toString() {
        return "OutgoingApplication[" + trackingNumber + ", item=" + itemCode + ", department=" + departmentCode + "]";
    }
}
