package cn.egovkiosk.kiosk.heartbeat;

import cn.egovkiosk.kiosk.catalog.CatalogCache;
import cn.egovkiosk.kiosk.catalog.CatalogHealth;
import cn.egovkiosk.kiosk.catalog.CatalogSync;
import cn.egovkiosk.kiosk.device.KioskDevices;
import cn.egovkiosk.kiosk.device.LocalDeviceSettings;
import cn.egovkiosk.kiosk.submission.Outbox;
import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.kiosk.support.KioskTimers;
import cn.egovkiosk.kiosk.support.ServerReachability;
import cn.egovkiosk.kiosk.support.TerminalHttp;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Tells the admin server how this kiosk is: software and catalog version, device status snapshot, outbox depth, a
 * catalog it could not apply, and the device ports a technician set on site. The
 * answer says when to send the next one ({@code kiosk.sync.heartbeat-interval} while the server is unreachable) and
 * whether another catalog is targeted, which is then fetched at once.
 */
@Service
public class HeartbeatSender {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatSender.class);

    private final TerminalHttp http;
    private final KioskDevices devices;
    private final Outbox outbox;
    private final CatalogCache catalog;
    private final CatalogSync catalogSync;
    private final KioskTimers timers;
    private final Clock clock;
    private final Duration interval;
    private final ServerReachability reachability;
    private final CatalogHealth catalogHealth;
    private final LocalDeviceSettings localSettings;

    HeartbeatSender(TerminalHttp http, KioskDevices devices, Outbox outbox, CatalogCache catalog,
            CatalogSync catalogSync, KioskTimers timers, Clock clock, KioskProperties properties,
            ServerReachability reachability, CatalogHealth catalogHealth, LocalDeviceSettings localSettings) {
        this.reachability = reachability;
        this.catalogHealth = catalogHealth;
        this.localSettings = localSettings;
        this.http = http;
        this.devices = devices;
        this.outbox = outbox;
        this.catalog = catalog;
        this.catalogSync = catalogSync;
        this.timers = timers;
        this.clock = clock;
        this.interval = properties.sync().heartbeatInterval();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timers.after(Duration.ofSeconds(2), this::beat);
    }

    // the server's answer says when to come again (jittered there); without an answer the configured interval holds
    private void beat() {
        try {
            Duration next = sendNow().map(ack -> Duration.ofSeconds(Math.clamp(ack.nextPollSeconds(), 5, 3600)))
                    .orElse(interval);
            timers.after(next, this::beat);
        } catch (RuntimeException e) {
            timers.after(interval, this::beat);
            throw e;
        }
    }

    /** The heartbeat as it would be sent now. */
    public Heartbeat current() {
        List<DeviceStatusReport> reports = devices.statuses().orTimeout(5, TimeUnit.SECONDS).join().stream()
                .map(DeviceReports::of).toList();
        String hash = catalog.version().map(CatalogCache.CachedVersion::contentHash).orElse("");
        return new Heartbeat(softwareVersion(), hash, reports, outbox.depth(), clock.instant(),
                catalogHealth.failure(), localSettings.all());
    }

    /** Sends one heartbeat; the server's answer, empty when it was not reachable. */
    public Optional<HeartbeatAck> sendNow() {
        try {
            HttpResponse<byte[]> response = http.post(TerminalApi.HEARTBEAT, current(), Map.of());
            if (response.statusCode() != 200) {
                log.warn("heartbeat: server answered {}", response.statusCode());
                reachability.unreachable();
                return Optional.empty();
            }
            reachability.reached();
            HeartbeatAck ack = TerminalHttp.read(response, HeartbeatAck.class);
            if (ack.catalogChanged()) {
                catalogSync.syncNow();
            }
            return Optional.of(ack);
        } catch (IOException | RuntimeException e) {
            log.warn("heartbeat: {} not reachable ({})", http.baseUrl(), e.getClass().getSimpleName());
            reachability.unreachable();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String softwareVersion() {
        String version = HeartbeatSender.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
