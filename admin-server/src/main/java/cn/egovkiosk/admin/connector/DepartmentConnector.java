package cn.egovkiosk.admin.connector;

/**
 * Hands an application to the department that decides it. An implementation returns normally only when the
 * department has taken the application; anything else throws, and the queue tries again later with the same
 * tracking number (departments treat it as their idempotency key).
 */
public interface DepartmentConnector {

    /** True when this connector reaches the department's system. */
    boolean reaches(String departmentCode);

    /** Sends one application. */
    void deliver(OutgoingApplication application) throws DeliveryFailed;

    /** The department did not take the application. The message holds no personal data. */
    final class DeliveryFailed extends Exception {

        public DeliveryFailed(String reason) {
            super(reason, null, false, false);
        }
    }
}
