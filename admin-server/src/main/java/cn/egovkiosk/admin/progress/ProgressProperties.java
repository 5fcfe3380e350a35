package cn.egovkiosk.admin.progress;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Progress query limits, {@code admin.progress.*}. The last four characters of an ID number have 11,000 values, so
 * a number is locked after a few wrong factors, and each client may ask only so often.
 *
 * @param queriesPerClient  {@code admin.progress.queries-per-client}: queries one client (a browser's address or
 *                          a terminal) may make per {@code clientWindow}; default 10
 * @param clientWindow      {@code admin.progress.client-window}: default 1 min
 * @param failuresPerNumber {@code admin.progress.failures-per-number}: failed queries for one tracking number,
 *                          from anywhere, before it is locked for {@code numberLockout}; default 5
 * @param numberLockout     {@code admin.progress.number-lockout}: default 15 min
 */
@ConfigurationProperties("admin.progress")
record ProgressProperties(@DefaultValue("10") int queriesPerClient, @DefaultValue("1m") Duration clientWindow,
        @DefaultValue("5") int failuresPerNumber, @DefaultValue("15m") Duration numberLockout) {
}
