package cn.egovkiosk.admin.connector;

import cn.egovkiosk.admin.connector.ConnectorProperties.Department;
import cn.egovkiosk.protocol.ProtocolJson;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The HTTP webhook: POSTs the application as JSON to the department's URL, signed ({@link WebhookSignature}), with
 * the tracking number in {@link WebhookSignature#DELIVERY}. Any 2xx answer means taken.
 */
@Component
class WebhookConnector implements DepartmentConnector {

    private final ConnectorProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookConnector(ConnectorProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public boolean reaches(String departmentCode) {
        return properties.department(departmentCode).isPresent();
    }

    @Override
    public void deliver(OutgoingApplication application) throws DeliveryFailed {
        Department department = properties.department(application.departmentCode())
                .orElseThrow(() -> new DeliveryFailed("department not connected"));
        byte[] body = ProtocolJson.mapper().writeValueAsBytes(application);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(department.url()).timeout(properties.requestTimeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(department.secret(), timestamp, body))
                .header(WebhookSignature.DELIVERY, application.trackingNumber())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new DeliveryFailed("department answered " + status);
            }
        } catch (IOException e) {
            throw new DeliveryFailed(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted");
        }
    }
}
