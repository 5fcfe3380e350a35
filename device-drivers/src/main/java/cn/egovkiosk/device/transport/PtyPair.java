package cn.egovkiosk.device.transport;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A null-modem pair of pseudo-terminals made by socat: the host side for a driver, the device side for a simulator.
 * Ready when socat says it started its transfer loop and both links exist; closed with SIGTERM, which makes socat
 * remove the links (stale links from a killed socat are removed here too).
 */
public final class PtyPair implements Closeable {

    private static final long START_TIMEOUT_MILLIS = 5000;
    private static final String READY_LINE = "starting data transfer loop";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    /** Characters that would end or split a socat address. */
    private static final Pattern SOCAT_SPECIAL = Pattern.compile("[,:!'\"]");

    private final Process socat;
    private final Path hostSide;
    private final Path deviceSide;
    /** Stops socat when the JVM exits without close() (e.g. SIGTERM), so no orphan holds the links. */
    private final Thread stopOnExit;

    private PtyPair(Process socat, Path hostSide, Path deviceSide) {
        this.socat = socat;
        this.hostSide = hostSide;
        this.deviceSide = deviceSide;
        this.stopOnExit = new Thread(socat::destroy, "stop-socat");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** True when a {@code socat} executable is on the PATH. */
    public static boolean socatAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    /** Starts socat with links {@code dir/name-host} and {@code dir/name-device} and waits until they are usable. */
    public static PtyPair start(Path dir, String name) throws IOException {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("pty pair name may hold letters, digits, '.', '_' and '-' only");
        }
        if (SOCAT_SPECIAL.matcher(dir.toAbsolutePath().toString()).find()) {
            throw new IllegalArgumentException("socat cannot take a link directory with ',', ':', '!' or quotes: "
                    + dir);
        }
        Files.createDirectories(dir);
        Path host = dir.resolve(name + "-host").toAbsolutePath();
        Path device = dir.resolve(name + "-device").toAbsolutePath();
        Files.deleteIfExists(host);
        Files.deleteIfExists(device);
        Process process = new ProcessBuilder("socat", "-d", "-d", ptyAddress(host), ptyAddress(device))
                .redirectErrorStream(true).start();
        PtyPair pair = new PtyPair(process, host, device);
        CountDownLatch ready = new CountDownLatch(1);
        Thread drain = Thread.ofPlatform().daemon().name("socat-" + name).unstarted(() -> drain(process, ready));
        drain.start();
        try {
            boolean started = ready.await(START_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
            while (started && !(Files.exists(host) && Files.exists(device)) && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            if (!started || !process.isAlive() || !Files.exists(host) || !Files.exists(device)) {
                pair.close();
                throw new IOException("socat did not bring up the pty pair " + name + " in " + dir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pair.close();
            throw new IOException("interrupted while starting socat", e);
        }
        return pair;
    }

    public Path hostSide() {
        return hostSide;
    }

    public Path deviceSide() {
        return deviceSide;
    }

    /** Stops socat (SIGTERM, then SIGKILL after 2 s) and removes the links. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is already exiting, or close() ran before: the hook does no harm
        }
        socat.destroy();
        try {
            if (!socat.waitFor(2, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            socat.destroyForcibly();
        }
        try {
            Files.deleteIfExists(hostSide);
            Files.deleteIfExists(deviceSide);
        } catch (IOException e) {
            // a link that cannot be removed is removed by the next start() with the same name
        }
    }

    private static String ptyAddress(Path link) {
        return "pty,raw,echo=0,link=" + link;
    }

    /** socat's log must be read, or it blocks once the pipe is full. */
    private static void drain(Process process, CountDownLatch ready) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.contains(READY_LINE)) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        ready.countDown();
    }
}
