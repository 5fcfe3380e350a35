package cn.egovkiosk.admin.connector;

import java.time.Instant;

/**
 * One application owed to a department's system, as administrators see it: no applicant, no form, only what says
 * where the delivery stands.
 *
 * @param trackingNumber the application (the department's idempotency key)
 * @param attempts       failed and successful tries so far
 * @param lastError      the technical reason of the last failure, null after success or before the first try
 * @param failure        the same in categories the page words plainly, null without a failure
 * @param answeredStatus the HTTP status the department answered with when {@code failure} is REFUSED, else 0
 * @param nextTry        when the queue tries by itself next; null when delivered, given up or being sent now
 * @param sendingNow     whether a send is running at this moment
 */
public record ConnectorDelivery(String trackingNumber, String departmentCode, DeliveryState state, int attempts,
        String lastError, DeliveryFailure failure, int answeredStatus, Instant queuedAt, Instant nextTry,
        boolean sendingNow) {
}
