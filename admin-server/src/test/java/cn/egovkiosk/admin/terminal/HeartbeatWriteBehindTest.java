package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The write-behind queue of heartbeats on its own, with a writer that records the batches it is given. */
class HeartbeatWriteBehindTest {

    private final List<List<String>> written = new CopyOnWriteArrayList<>();

    @Test
    void aFullBatchIsWrittenAtOnceAndTheRestWithinTheFlushInterval() throws Exception {
        HeartbeatWriteBehind<String> queue = new HeartbeatWriteBehind<>(written::add, Duration.ofMillis(300), 3, 10,
                Duration.ofSeconds(1));
        queue.start();
        try {
            long start = System.nanoTime();
            queue.offer("a", "a1");
            queue.offer("b", "b1");
            queue.offer("c", "c1");
            awaitBatches(1, Duration.ofMillis(250));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(250));
            assertThat(written.getFirst()).containsExactly("a1", "b1", "c1");

            queue.offer("d", "d1");
            awaitBatches(2, Duration.ofSeconds(2));
            assertThat(written.get(1)).containsExactly("d1");
        } finally {
            queue.stop();
        }
    }

    @Test
    void aNewerHeartbeatReplacesTheWaitingOneOfTheSameTerminal() throws Exception {
        HeartbeatWriteBehind<String> queue = new HeartbeatWriteBehind<>(written::add, Duration.ofHours(1), 100, 100,
                Duration.ofSeconds(1));
        queue.offer("a", "a1");
        queue.offer("b", "b1");
        queue.offer("a", "a2");

        queue.flush();

        assertThat(written).containsExactly(List.of("a2", "b1"));
    }

    @Test
    void stoppingWritesEverythingAcknowledged() throws Exception {
        HeartbeatWriteBehind<String> queue = new HeartbeatWriteBehind<>(written::add, Duration.ofHours(1), 100, 100,
                Duration.ofSeconds(1));
        queue.start();
        queue.offer("a", "a1");
        queue.offer("b", "b1");

        queue.stop();

        assertThat(written.stream().flatMap(List::stream)).containsExactlyInAnyOrder("a1", "b1");
        assertThat(queue.pendingCount()).isZero();
    }

    @Test
    void whenTheDatabaseStallsHeartbeatsWaitForRoomAndAreThenRefused() throws Exception {
        CountDownLatch stalled = new CountDownLatch(1);
        HeartbeatWriteBehind<String> queue = new HeartbeatWriteBehind<>(batch -> {
            awaitQuietly(stalled);
            written.add(batch);
        }, Duration.ofMillis(10), 1, 2, Duration.ofMillis(200));
        queue.start();
        try {
            queue.offer("a", "a1"); // taken by the writer, which now hangs
            Thread.sleep(100);
            queue.offer("b", "b1");
            queue.offer("c", "c1");
            queue.offer("b", "b2"); // replacing a waiting one needs no room

            long start = System.nanoTime();
            assertThatThrownBy(() -> queue.offer("d", "d1")).isInstanceOf(HeartbeatWriteBehind.Full.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
        } finally {
            stalled.countDown();
            queue.stop();
        }
        assertThat(written.stream().flatMap(List::stream)).containsExactlyInAnyOrder("a1", "b2", "c1");
    }

    @Test
    void aFailedWriteKeepsTheHeartbeatsThatNoNewerOneReplaced() throws Exception {
        boolean[] fail = {true};
        HeartbeatWriteBehind<String> queue = new HeartbeatWriteBehind<>(batch -> {
            if (fail[0]) {
                throw new IllegalStateException("database is locked");
            }
            written.add(batch);
        }, Duration.ofHours(1), 100, 100, Duration.ofSeconds(1));
        queue.offer("a", "a1");
        queue.offer("b", "b1");
        assertThatThrownBy(queue::flush).isInstanceOf(IllegalStateException.class);
        queue.offer("b", "b2");
        fail[0] = false;

        queue.flush();

        assertThat(written).containsExactly(List.of("a1", "b2"));
    }

    private void awaitBatches(int count, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (written.size() < count && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(written).hasSizeGreaterThanOrEqualTo(count);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
