package cn.egovkiosk.device.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.egovkiosk.device.Await;
import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatusBoard;
import cn.egovkiosk.device.status.StatusChange;
import cn.egovkiosk.device.transport.PtyPair;
import cn.egovkiosk.device.transport.SerialPortTransport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The socat pair behind a configured reader port dies (SIGKILL, like a yanked USB adapter, or SIGTERM, like a
 * removed device node) and comes back under the same link: the manager has the reader ONLINE again within 5 s,
 * without anything being restarted; the simulator on the device side reattaches by itself.
 */
class DeviceManagerRecoveryTest {

    private static final String READER = "id-reader";
    /** The manager's port watch closes a port whose device node vanished within a fraction of a second. */
    private static final Duration NOTICE = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    private PtyPair pair;
    private SamReaderSimulator module;
    private DeviceStatusBoard board;
    private DeviceManager manager;
    private final List<StatusChange> changes = new CopyOnWriteArrayList<>();
    private final List<ResidentIdentity> cards = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        pair = PtyPair.start(dir, "reader");
        module = new SamReaderSimulator(new SerialPortTransport(pair.deviceSide().toString(), 115200));
        module.start();
        board = new DeviceStatusBoard();
        board.addListener((change, snapshot) -> changes.add(change));
        DeviceConfig config = new DeviceConfig(READER, DeviceType.ID_CARD_READER, "sam", pair.hostSide().toString(),
                115200, Map.of("poll-ms", "100"));
        manager = new DeviceManager(List.of(config), board);
        manager.addDataListener(new DeviceDataListener() {
            @Override
            public void cardRead(String device, ResidentIdentity identity) {
                cards.add(identity);
            }
        });
        manager.start();
        assertThat(Await.until(Duration.ofSeconds(5), () -> state() == DeviceState.ONLINE)).as("online at start")
                .isTrue();
    }

    @AfterEach
    void stop() {
        if (manager != null) {
            manager.close();
            board.close();
        }
        if (module != null) {
            module.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void readerIsBackOnlineWithin5SecondsAfterTheSocatPairWasKilledAndRestarted() throws Exception {
        ProcessHandle socat = socatOf(pair);
        socat.destroyForcibly();
        socat.onExit().get();
        pair.close(); // removes the stale links a killed socat leaves behind
        assertThat(Await.until(NOTICE, () -> state() == DeviceState.OFFLINE)).as("offline").isTrue();

        Path hostLink = pair.hostSide();
        pair = PtyPair.start(dir, "reader");
        assertThat(pair.hostSide()).isEqualTo(hostLink);
        long restarted = System.nanoTime();
        assertThat(Await.until(Duration.ofSeconds(5), () -> state() == DeviceState.ONLINE)).as("online again")
                .isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - restarted)).isLessThan(Duration.ofSeconds(5));

        module.present(SimulatedCard.sample());
        assertThat(Await.until(Duration.ofSeconds(5), () -> !cards.isEmpty())).as("card read after recovery")
                .isTrue();
        assertThat(cards.getFirst().idNumber()).isEqualTo("11010519491231002X");
        assertThat(changes).extracting(change -> change.current().state())
                .containsSubsequence(DeviceState.ONLINE, DeviceState.OFFLINE, DeviceState.ONLINE);
    }

    @Test
    void readerIsBackOnlineAfterTheLinksWereRemovedAndCameBack() throws Exception {
        pair.close();
        assertThat(Await.until(NOTICE, () -> state() == DeviceState.OFFLINE)).as("offline").isTrue();
        assertThat(board.snapshot().device(READER).orElseThrow().detail()).contains("transport");

        pair = PtyPair.start(dir, "reader");
        assertThat(Await.until(Duration.ofSeconds(5), () -> state() == DeviceState.ONLINE)).as("online again")
                .isTrue();
    }

    private DeviceState state() {
        return board.snapshot().device(READER).map(status -> status.state()).orElse(null);
    }

    /** The socat child of this JVM that serves this pair (found by its link path). */
    private static ProcessHandle socatOf(PtyPair pair) {
        String link = pair.hostSide().toString();
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains(link))
                .findFirst().orElseThrow(() -> new AssertionError("socat process not found"));
    }
}
