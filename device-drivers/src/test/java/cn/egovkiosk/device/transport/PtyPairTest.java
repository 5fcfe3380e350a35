package cn.egovkiosk.device.transport;

import static cn.egovkiosk.device.transport.PtyLink.readExactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real socat pty pairs driven through jSerialComm: a null-modem cable on one machine. */
class PtyPairTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsSocat() {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
    }

    @Test
    void carriesBytesBothWaysAndRemovesItsLinksOnClose() throws Exception {
        Path host;
        Path device;
        try (PtyPair pair = PtyPair.start(dir, "link");
                SerialPortTransport hostSide = new SerialPortTransport(pair.hostSide().toString(), 115200);
                SerialPortTransport deviceSide = new SerialPortTransport(pair.deviceSide().toString(), 115200)) {
            host = pair.hostSide();
            device = pair.deviceSide();
            assertThat(host).exists();
            assertThat(device).exists();
            assertThat(socatProcessesFor(dir)).hasSize(1);
            hostSide.open();
            deviceSide.open();

            hostSide.write("办事回执".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(readExactly(deviceSide, 12), StandardCharsets.UTF_8)).isEqualTo("办事回执");
            deviceSide.write(new byte[] {0x12});
            assertThat(readExactly(hostSide, 1)).containsExactly(0x12);
        }
        assertThat(Files.exists(host, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(socatProcessesFor(dir)).isEmpty();
    }

    @Test
    void refusesNamesAndFoldersSocatWouldMisread() {
        assertThatThrownBy(() -> PtyPair.start(dir, "a,b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PtyPair.start(dir, "../escape")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PtyPair.start(dir.resolve("x:y"), "ok")).isInstanceOf(IllegalArgumentException.class);
    }

    /** socat processes this JVM started for links in {@code folder}. */
    private static List<ProcessHandle> socatProcessesFor(Path folder) {
        return ProcessHandle.current().children()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(folder.toString()))
                .toList();
    }

    @Test
    void survivesTheDriverClosingAndReopeningItsEnd() throws Exception {
        try (PtyPair pair = PtyPair.start(dir, "reopen");
                SerialPortTransport deviceSide = new SerialPortTransport(pair.deviceSide().toString(), 115200)) {
            deviceSide.open();
            for (int round = 1; round <= 3; round++) {
                try (SerialPortTransport hostSide = new SerialPortTransport(pair.hostSide().toString(), 115200)) {
                    hostSide.open();
                    hostSide.write(new byte[] {(byte) round});
                    assertThat(readExactly(deviceSide, 1)).containsExactly(round);
                    deviceSide.write(new byte[] {(byte) (round + 10)});
                    assertThat(readExactly(hostSide, 1)).containsExactly(round + 10);
                }
            }
        }
    }

    @Test
    void aReadTimesOutWithZeroBytesAndAZeroTimeoutDoesNotBlock() throws Exception {
        try (PtyPair pair = PtyPair.start(dir, "quiet");
                SerialPortTransport hostSide = new SerialPortTransport(pair.hostSide().toString(), 115200)) {
            hostSide.open();
            byte[] buffer = new byte[16];

            long start = System.nanoTime();
            assertThat(hostSide.read(buffer, 0, buffer.length, Duration.ofMillis(150))).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(100),
                    Duration.ofSeconds(2));

            start = System.nanoTime();
            assertThat(hostSide.read(buffer, 0, buffer.length, Duration.ZERO)).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
        }
    }

    @Test
    void aWriteNobodyTakesFailsInsteadOfHanging() throws Exception {
        try (PtyPair pair = PtyPair.start(dir, "stuck");
                SerialPortTransport hostSide = new SerialPortTransport(pair.hostSide().toString(), 115200,
                        Duration.ofMillis(300))) {
            hostSide.open();
            byte[] tooMuch = new byte[4 * 1024 * 1024]; // far more than the pty and socat buffers hold

            long start = System.nanoTime();
            assertThatThrownBy(() -> hostSide.write(tooMuch)).isInstanceOf(IOException.class)
                    .hasMessageContaining("took no bytes");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(hostSide.isOpen()).isFalse();
        }
    }

    @Test
    void startsAgainOverStaleLinksOfAKilledSocat() throws Exception {
        Files.createSymbolicLink(dir.resolve("stale-host"), Path.of("/dev/pts/does-not-exist"));
        Files.createSymbolicLink(dir.resolve("stale-device"), Path.of("/dev/pts/does-not-exist"));

        try (PtyPair pair = PtyPair.start(dir, "stale")) {
            assertThat(pair.hostSide().toRealPath().toString()).startsWith("/dev/pts/");
        }
    }

    @Test
    void reportsThePeerGoingAwayAndOpensAgainOnANewPair() throws Exception {
        SerialPortTransport hostSide;
        try (PtyPair pair = PtyPair.start(dir, "gone")) {
            hostSide = new SerialPortTransport(pair.hostSide().toString(), 115200);
            hostSide.open();
            assertThat(hostSide.isOpen()).isTrue();
        }
        byte[] buffer = new byte[4];
        boolean reported = false;
        for (int i = 0; i < 20 && !reported; i++) {
            try {
                hostSide.read(buffer, 0, buffer.length, Duration.ofMillis(50));
            } catch (IOException expected) {
                reported = true;
            }
        }
        assertThat(reported).as("peer loss reported as IOException").isTrue();
        assertThat(hostSide.isOpen()).isFalse();

        try (PtyPair again = PtyPair.start(dir, "gone");
                SerialPortTransport deviceSide = new SerialPortTransport(again.deviceSide().toString(), 115200)) {
            hostSide.open();
            deviceSide.open();
            hostSide.write(new byte[] {1, 2, 3});
            assertThat(readExactly(deviceSide, 3)).containsExactly(1, 2, 3);
        } finally {
            hostSide.close();
        }
    }
}
