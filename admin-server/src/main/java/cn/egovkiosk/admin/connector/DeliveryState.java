package cn.egovkiosk.admin.connector;

/** Where a queued department delivery stands, as the deliveries page and API filter it. */
public enum DeliveryState {
    /** Queued, not tried yet. */
    PENDING,
    /** Tried and failed; the queue tries again by itself at the next try. */
    FAILING,
    /** Failed {@code admin.connector.give-up-after} times; waits for an administrator's "retry now". */
    GAVE_UP,
    /** The department took it. */
    DELIVERED
}
