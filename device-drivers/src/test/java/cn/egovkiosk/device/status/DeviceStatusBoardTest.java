package cn.egovkiosk.device.status;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.Await;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeviceStatusBoardTest {

    private final DeviceStatusBoard board = new DeviceStatusBoard();

    @AfterEach
    void close() {
        board.close();
    }

    @Test
    void publishingTheSameConditionAgainChangesNothing() {
        assertThat(board.publish(status("id-reader", DeviceState.ONLINE, ""))).isTrue();
        long version = board.snapshot().version();

        assertThat(board.publish(status("id-reader", DeviceState.ONLINE, ""))).isFalse();
        assertThat(board.snapshot().version()).isEqualTo(version);
        assertThat(board.publish(status("id-reader", DeviceState.ONLINE, "SAM re-checked"))).isTrue();
        assertThat(board.snapshot().version()).isEqualTo(version + 1);
    }

    @Test
    void aSnapshotIsImmutableAndOrderedByName() {
        board.publish(status("scanner", DeviceState.ONLINE, ""));
        board.publish(status("id-reader", DeviceState.OFFLINE, "port gone"));
        StatusSnapshot before = board.snapshot();

        board.publish(status("id-reader", DeviceState.ONLINE, ""));

        assertThat(before.devices()).extracting(DeviceStatus::name).containsExactly("id-reader", "scanner");
        assertThat(before.device("id-reader").orElseThrow().state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(board.snapshot().device("id-reader").orElseThrow().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(board.snapshot().allUsable()).isTrue();
        assertThat(before.allUsable()).isFalse();
    }

    @Test
    void listenersSeeEveryChangeOfADeviceInOrderEvenFromManyThreads() throws Exception {
        List<StatusChange> seen = new CopyOnWriteArrayList<>();
        board.addListener((change, snapshot) -> {
            throw new IllegalStateException("a broken listener must not stop the others");
        });
        board.addListener((change, snapshot) -> seen.add(change));
        int devices = 4;
        int changesEach = 200;
        ExecutorService publishers = Executors.newFixedThreadPool(devices);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int d = 0; d < devices; d++) {
            String name = "device-" + d;
            done.add(publishers.submit(() -> {
                go.await();
                for (int i = 0; i < changesEach; i++) {
                    board.publish(status(name, i % 2 == 0 ? DeviceState.BUSY : DeviceState.ONLINE, "step " + i));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        publishers.shutdown();

        assertThat(Await.until(Duration.ofSeconds(5), () -> seen.size() == devices * changesEach)).isTrue();
        assertThat(board.snapshot().version()).isEqualTo((long) devices * changesEach);
        for (int d = 0; d < devices; d++) {
            String name = "device-" + d;
            List<String> details = seen.stream().filter(change -> change.current().name().equals(name))
                    .map(change -> change.current().detail()).toList();
            assertThat(details).hasSize(changesEach);
            for (int i = 0; i < changesEach; i++) {
                assertThat(details.get(i)).isEqualTo("step " + i);
            }
        }
    }

    @Test
    void aRemovedListenerIsNoLongerTold() throws Exception {
        List<StatusChange> seen = new CopyOnWriteArrayList<>();
        AutoCloseable handle = board.addListener((change, snapshot) -> seen.add(change));
        board.publish(status("printer", DeviceState.ONLINE, ""));
        assertThat(Await.until(Duration.ofSeconds(2), () -> seen.size() == 1)).isTrue();
        assertThat(seen.getFirst().previous()).isEmpty();
        assertThat(seen.getFirst().stateChanged()).isTrue();

        handle.close();
        board.publish(status("printer", DeviceState.USER_ERROR, "paper out"));
        Thread.sleep(100);

        assertThat(seen).hasSize(1);
    }

    private static DeviceStatus status(String name, DeviceState state, String detail) {
        return new DeviceStatus(name, state, null, detail, Instant.now());
    }
}
