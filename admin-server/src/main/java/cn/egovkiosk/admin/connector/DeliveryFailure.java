package cn.egovkiosk.admin.connector;

/**
 * What went wrong with a delivery, in words an administrator acts on (message {@code connector.failure.<name>}),
 * read from the queue's technical last error ({@link DeliveryDispatcher} and {@link WebhookConnector} write it).
 */
public enum DeliveryFailure {
    /** The department's system answered, but not with 2xx: their side has a problem. */
    REFUSED,
    /** No connection: their system is down, or the address or the network is wrong. */
    UNREACHABLE,
    /** Connected, but no answer within {@code admin.connector.request-timeout}. */
    TIMEOUT,
    /** The department is no longer in {@code admin.connector.departments}. */
    NOT_CONNECTED,
    /** The application itself could not be read here. */
    APPLICATION_MISSING,
    /** Anything else; the technical text says more. */
    OTHER;

    /** The failure a stored last error names; null when there is none. */
    static DeliveryFailure of(String lastError) {
        if (lastError == null || lastError.isBlank()) {
            return null;
        }
        if (lastError.startsWith("department answered")) {
            return REFUSED;
        }
        return switch (lastError) {
            case "ConnectException", "HttpConnectTimeoutException", "ClosedChannelException",
                    "UnresolvedAddressException", "NoRouteToHostException", "UnknownHostException" -> UNREACHABLE;
            case "HttpTimeoutException" -> TIMEOUT;
            case "department not connected" -> NOT_CONNECTED;
            case "application not found" -> APPLICATION_MISSING;
            default -> OTHER;
        };
    }

    /** The HTTP status a REFUSED error names, or 0. */
    static int answeredStatus(String lastError) {
        if (lastError == null || !lastError.startsWith("department answered ")) {
            return 0;
        }
        try {
            return Integer.parseInt(lastError.substring("department answered ".length()).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
