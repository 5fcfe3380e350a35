package cn.egovkiosk.endtoend;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One of the project's applications, run from its runnable jar as a child process, as a deployment runs it. */
final class AppProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code java -jar jar args} on a free port, output into {@code <logDir>/<name>.log}. */
    static AppProcess start(String name, Path jar, Path logDir, Path tmpDir, List<String> args) throws IOException {
        return start(name, jar, logDir, tmpDir, args, freePort());
    }

    /** The same on a given port, e.g. to restart an application where its clients expect it. */
    static AppProcess start(String name, Path jar, Path logDir, Path tmpDir, List<String> args, int port)
            throws IOException {
        return start(name, jar, logDir, tmpDir, args, port, Map.of());
    }

    /**
     * The same with extra environment variables, for settings a JVM reads only from its environment at start (the
     * JDK's print service finds its CUPS scheduler through {@code CUPS_SERVER}).
     */
    static AppProcess start(String name, Path jar, Path logDir, Path tmpDir, List<String> args, int port,
            Map<String, String> environment) throws IOException {
        return start(name, jar, List.of(), logDir, tmpDir, args, port, environment);
    }

    /**
     * The kiosk as its launcher (kiosk-ui/kiosk-java) runs it on a terminal: on the bean definitions Spring AOT
     * generated when the jar was built, so these tests exercise that graph and not only the one the kiosk's own
     * Spring tests build at run time.
     */
    static AppProcess startKiosk(Path jar, Path logDir, Path tmpDir, List<String> args) throws IOException {
        return startKiosk(jar, logDir, tmpDir, args, freePort(), Map.of());
    }

    /** The same on a given port and with extra environment variables. */
    static AppProcess startKiosk(Path jar, Path logDir, Path tmpDir, List<String> args, int port,
            Map<String, String> environment) throws IOException {
        return start("kiosk", jar, List.of("-Dspring.aot.enabled=true"), logDir, tmpDir, args, port, environment);
    }

    private static AppProcess start(String name, Path jar, List<String> jvmOptions, Path logDir, Path tmpDir,
            List<String> args, int port, Map<String, String> environment) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("runnable jar missing: " + jar + " (build with ./mvnw verify from the top)");
        }
        Files.createDirectories(tmpDir);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "--enable-native-access=ALL-UNNAMED",
                "-Xmx384m", "-Djava.io.tmpdir=" + tmpDir, "-Dorg.sqlite.tmpdir=" + tmpDir,
                "-DjSerialComm.library.path=" + tmpDir));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(args);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new AppProcess(name, process, log, port);
    }

    /** Waits until the application answers HTTP on its root path. */
    AppProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited while starting:\n" + tail());
                }
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url("/")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() < 500) {
                        return this;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException(name + " did not answer within " + timeout + ":\n" + tail());
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** {@code kill -9}: the process gets no chance to finish anything, as in a power cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Deletes a folder with everything in it, e.g. the databases of an earlier run, so a run starts as installed. */
    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
