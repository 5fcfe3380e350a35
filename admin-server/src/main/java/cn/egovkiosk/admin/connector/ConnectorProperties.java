package cn.egovkiosk.admin.connector;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The department connector, {@code admin.connector.*}. Departments listed here get every new application of their
 * items by signed webhook; the others handle theirs at the desk ({@code /desk}).
 *
 * @param departments    {@code admin.connector.departments[n].code/url/secret}: departments with a system; default none
 * @param retryMin       {@code admin.connector.retry-min}: wait after the first failed delivery, doubled after each
 *                       further one; default 2 s
 * @param retryMax       {@code admin.connector.retry-max}: longest wait between two tries; default 10 min
 * @param pollInterval   {@code admin.connector.poll-interval}: how often the queue is looked at; default 1 s
 * @param requestTimeout {@code admin.connector.request-timeout}: how long a department may take to answer; default 10 s
 * @param callbackWindow {@code admin.connector.callback-window}: how far a callback's timestamp may be from the
 *                       server clock; older ones are refused as possible replays; default 5 min
 * @param giveUpAfter    {@code admin.connector.give-up-after}: after this many failed tries the queue stops trying
 *                       by itself and the delivery waits for "retry now" on the deliveries page; default 20 (about
 *                       two hours with the default waits)
 */
@ConfigurationProperties("admin.connector")
public record ConnectorProperties(List<Department> departments, @DefaultValue("2s") Duration retryMin,
        @DefaultValue("10m") Duration retryMax, @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("10s") Duration requestTimeout, @DefaultValue("5m") Duration callbackWindow,
        @DefaultValue("20") int giveUpAfter) {

    public ConnectorProperties {
        departments = departments == null ? List.of() : List.copyOf(departments);
        if (giveUpAfter < 1) {
            throw new IllegalArgumentException("admin.connector.give-up-after must be at least 1");
        }
    }

    /** The connected department with this code. */
    public Optional<Department> department(String code) {
        return departments.stream().filter(department -> department.code().equals(code)).findFirst();
    }

    /**
     * A department with its own system.
     *
     * @param code   the department code of the catalog, e.g. {@code HRSS}
     * @param url    where applications are POSTed
     * @param secret the shared HMAC-SHA256 key for both directions (at least 32 characters)
     */
    public record Department(String code, URI url, String secret) {

        public Department {
            if (secret == null || secret.length() < 32) {
                throw new IllegalArgumentException("admin.connector.departments: the secret of " + code
                        + " must have at least 32 characters");
            }
        }

        @Override
        public String toString() {
            return "Department[code=" + code + ", url=" + url + ", secret=<secret>]";
        }
    }
}
