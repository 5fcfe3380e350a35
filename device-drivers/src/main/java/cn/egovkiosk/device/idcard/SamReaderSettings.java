package cn.egovkiosk.device.idcard;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SamIdCardReader} talks to its module.
 *
 * @param linkLatency        added to every command's answer time for the OS, the JVM and bridged links; default
 *                           {@link SamIdCardReader#DEFAULT_LINK_LATENCY} (250 ms)
 * @param readFingerprints   read with {@code 30 10} (text, photo, fingerprints) instead of {@code 30 01}, for modules
 *                           set up that way; the fingerprint templates are dropped on arrival. Default false
 * @param readAppendedAddress after a card was read, ask for its appended address ({@code 30 03}); default true
 */
public record SamReaderSettings(Duration linkLatency, boolean readFingerprints, boolean readAppendedAddress) {

    public SamReaderSettings {
        Objects.requireNonNull(linkLatency, "linkLatency");
        if (linkLatency.isNegative()) {
            throw new IllegalArgumentException("linkLatency must not be negative");
        }
    }

    public static SamReaderSettings defaults() {
        return new SamReaderSettings(SamIdCardReader.DEFAULT_LINK_LATENCY, false, true);
    }

    public SamReaderSettings withLinkLatency(Duration latency) {
        return new SamReaderSettings(latency, readFingerprints, readAppendedAddress);
    }

    public SamReaderSettings withReadFingerprints(boolean read) {
        return new SamReaderSettings(linkLatency, read, readAppendedAddress);
    }

    public SamReaderSettings withReadAppendedAddress(boolean read) {
        return new SamReaderSettings(linkLatency, readFingerprints, read);
    }

    /** The command that reads a card: {@code 30 10} or {@code 30 01}. */
    SamCommand readCommand() {
        return readFingerprints ? SamCommand.READ_WITH_FINGERPRINT : SamCommand.READ;
    }
}
