package cn.egovkiosk.admin.connector;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Test set-up of the connector: departments connected by properties, quick retries, and waiting for the queue. */
final class ConnectedDepartments {

    private ConnectedDepartments() {
    }

    /** Connects department number {@code index} at the URL; retries and polls every 100 ms. */
    static void connect(DynamicPropertyRegistry registry, int index, String code, String url, String secret) {
        String department = "admin.connector.departments[" + index + "].";
        registry.add(department + "code", () -> code);
        registry.add(department + "url", () -> url);
        registry.add(department + "secret", () -> secret);
        registry.add("admin.connector.retry-min", () -> "100ms");
        registry.add("admin.connector.poll-interval", () -> "100ms");
    }

    /** Waits up to 20 s for the condition, which the queue's own thread makes true. */
    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
