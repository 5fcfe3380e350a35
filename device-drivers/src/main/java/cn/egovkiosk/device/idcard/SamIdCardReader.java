package cn.egovkiosk.device.idcard;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resident-ID reader module speaking the SAM serial protocol. Each poll follows the card's life (§1.11): idle →
 * card present (find) → select → read → wait until find answers "no card". A failed select or read is retried from
 * find. Logs status codes only, never card data.
 */
public final class SamIdCardReader implements IdCardReader {

    /** Allowance on top of the module's own answer times (§1.11) for the OS, the JVM and bridged links. */
    public static final Duration DEFAULT_LINK_LATENCY = Duration.ofMillis(250);
    static final int READ_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(SamIdCardReader.class);

    private final String name;
    private final SamReaderSettings settings;
    private final SamLink link;
    private volatile DeviceStatus status;
    private volatile boolean cardPresent;
    private boolean waitingForRemoval;
    private boolean moduleChecked;

    public SamIdCardReader(String name, ByteTransport transport) {
        this(name, transport, SamReaderSettings.defaults());
    }

    /** For slow links (e.g. a TCP bridge): {@code linkLatency} is added to every command timeout. */
    public SamIdCardReader(String name, ByteTransport transport, Duration linkLatency) {
        this(name, transport, SamReaderSettings.defaults().withLinkLatency(linkLatency));
    }

    public SamIdCardReader(String name, ByteTransport transport, SamReaderSettings settings) {
        this.name = Objects.requireNonNull(name, "name");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.link = new SamLink(Objects.requireNonNull(transport, "transport"), settings.linkLatency());
        this.status = new DeviceStatus(name, DeviceState.OFFLINE, MediaState.NOT_APPLICABLE, "not polled yet",
                Instant.now());
    }

    @Override
    public synchronized Optional<ResidentIdentity> poll() throws IOException, CardReadException {
        try {
            ensureModuleReady();
            Optional<ResidentIdentity> identity = waitingForRemoval ? watchForRemoval() : readNewCard();
            changeState(DeviceState.ONLINE, "");
            return identity;
        } catch (CardReadException e) {
            changeState(DeviceState.ONLINE, ""); // the module answered; the card is the problem
            throw e;
        } catch (SamProtocolException e) {
            moduleChecked = false;
            changeState(DeviceState.OFFLINE, e.getMessage());
            throw e;
        } catch (ModuleFaultException e) {
            moduleChecked = false;
            changeState(DeviceState.HARDWARE_ERROR, e.getMessage());
            throw e;
        } catch (IOException e) {
            moduleChecked = false;
            changeState(DeviceState.OFFLINE, "transport: " + e.getMessage());
            throw e;
        }
    }

    /**
     * The SAM management number (command {@code 12 FF}) as 32 hex digits, for technicians. Vendors format it
     * differently (devices.md §1.7), so it is given raw.
     */
    public synchronized String samId() throws IOException {
        if (!link.transport().isOpen()) {
            link.transport().open();
        }
        SamResponse answer = link.exchange(SamCommand.SAM_ID);
        if (answer.status() != SamStatus.SUCCESS) {
            throw new IOException("SAM ID request answered " + SamStatus.describe(answer.sw3()));
        }
        return HexFormat.of().withUpperCase().formatHex(answer.data());
    }

    @Override
    public boolean cardPresent() {
        return cardPresent;
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    @Override
    public void close() throws IOException {
        link.transport().close();
        changeState(DeviceState.OFFLINE, "closed");
    }

    /** After (re)connecting, asks the SAM for its status: a failed self-test is a hardware error, not "no card". */
    private void ensureModuleReady() throws IOException {
        if (!link.transport().isOpen()) {
            link.transport().open();
            moduleChecked = false;
        }
        if (!moduleChecked) {
            SamResponse answer = link.exchange(SamCommand.STATUS);
            if (answer.status().isModuleFault()) {
                throw new ModuleFaultException("SAM status check answered " + SamStatus.describe(answer.sw3()));
            }
            if (answer.status() != SamStatus.SUCCESS) {
                // some modules may not know the status command: what they answer to find decides
                log.warn("{}: SAM status check answered {}", name, SamStatus.describe(answer.sw3()));
            }
            moduleChecked = true;
            log.info("{}: SAM module ready on {}", name, link.transport().describe());
        }
    }

    private Optional<ResidentIdentity> watchForRemoval() throws IOException {
        SamResponse found = find();
        if (found.status() == SamStatus.NO_CARD) {
            waitingForRemoval = false;
            log.debug("{}: card left the field", name);
        }
        return Optional.empty();
    }

    private Optional<ResidentIdentity> readNewCard() throws IOException, CardReadException {
        int lastFailure = -1;
        for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
            if (find().status() != SamStatus.CARD_FOUND) {
                return Optional.empty();
            }
            try {
                SamResponse selected = checkedExchange(SamCommand.SELECT);
                if (selected.status() != SamStatus.SUCCESS) {
                    lastFailure = selected.sw3();
                    continue;
                }
                SamResponse read = checkedExchange(settings.readCommand());
                if (read.status() != SamStatus.SUCCESS) {
                    lastFailure = read.sw3();
                    continue;
                }
                ResidentIdentity identity = parseAndWipe(read);
                waitingForRemoval = true;
                log.info("{}: card read ({})", name, identity.cardType());
                return Optional.of(settings.readAppendedAddress() ? withAppendedAddress(identity) : identity);
            } catch (SamProtocolException e) {
                if (e.reason() == SamProtocolException.Reason.TIMEOUT) {
                    throw e;
                }
                lastFailure = -1;
                log.warn("{}: bad frame during read attempt {}: {}", name, attempt, e.reason());
            } catch (CardReadException e) {
                waitingForRemoval = true;
                throw e;
            }
        }
        return failedRead(lastFailure);
    }

    /** Nothing of the answer outlives parsing: the fingerprint templates in it must not be kept (§1.7). */
    private static ResidentIdentity parseAndWipe(SamResponse read) throws SamProtocolException, CardReadException {
        byte[] data = read.data();
        try {
            return CardReadPayload.parse(data);
        } finally {
            Arrays.fill(data, (byte) 0);
            read.wipe();
        }
    }

    /**
     * Asks for the appended address after the base read. The card was read, so a failure here loses nothing already
     * read: the identity goes out with the printed address only and the failure is logged (status code only).
     * Modules that do not know the command can be told not to be asked ({@link SamReaderSettings}).
     */
    private ResidentIdentity withAppendedAddress(ResidentIdentity identity) {
        try {
            SamResponse answer = checkedExchange(SamCommand.APPENDED_ADDRESS);
            if (answer.status() == SamStatus.SUCCESS) {
                return identity.withAppendedAddress(AppendedAddress.latest(answer.data()));
            }
            if (answer.status() != SamStatus.NO_CONTENT) {
                log.warn("{}: appended address answered {}", name, SamStatus.describe(answer.sw3()));
            }
        } catch (IOException e) {
            // a module or link fault shows on the next poll, which checks the module again
            if (e instanceof ModuleFaultException) {
                moduleChecked = false;
            }
            log.warn("{}: appended address not read: {}", name, e.getMessage());
        }
        return identity;
    }

    /** Reported once; the card has to leave the field and come back, and repeated read failures reset the SAM. */
    private Optional<ResidentIdentity> failedRead(int lastFailure) throws IOException, CardReadException {
        waitingForRemoval = true;
        String code = lastFailure < 0 ? "bad frames" : SamStatus.describe(lastFailure);
        log.warn("{}: card not readable after {} attempts: {}", name, READ_ATTEMPTS, code);
        if (lastFailure == SamStatus.READ_FAILED.code()) {
            link.exchange(SamCommand.RESET);
        }
        throw new CardReadException("card not readable after " + READ_ATTEMPTS + " attempts: " + code, lastFailure);
    }

    private SamResponse find() throws IOException {
        SamResponse answer = checkedExchange(SamCommand.FIND);
        cardPresent = answer.status() == SamStatus.CARD_FOUND;
        return answer;
    }

    private SamResponse checkedExchange(SamCommand command) throws IOException {
        SamResponse answer = link.exchange(command);
        if (answer.status().isModuleFault()) {
            throw new ModuleFaultException(command + " answered " + SamStatus.describe(answer.sw3()));
        }
        return answer;
    }

    private void changeState(DeviceState state, String detail) {
        DeviceStatus current = status;
        if (current.state() != state || !current.detail().equals(detail)) {
            if (current.state() != state) {
                log.info("{}: {} -> {} {}", name, current.state(), state, detail);
            }
            Instant since = current.state() == state ? current.since() : Instant.now();
            status = new DeviceStatus(name, state, MediaState.NOT_APPLICABLE, detail, since);
        }
    }

    /** The SAM module reports a fault it cannot recover from (self-test failed, not authorised). */
    static final class ModuleFaultException extends IOException {
        ModuleFaultException(String message) {
            super(message);
        }
    }
}
