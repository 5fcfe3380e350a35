package cn.egovkiosk.admin.terminal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Fleet board settings, {@code admin.fleet.*}.
 *
 * @param offlineAfter {@code admin.fleet.offline-after}: a terminal silent this long counts as offline; default
 *                     3 min (three missed polls at the default interval)
 */
@ConfigurationProperties("admin.fleet")
record FleetProperties(@DefaultValue("3m") Duration offlineAfter) {
}
