import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up and memory of the kiosk, measured from outside its process (a single-file program: java KioskStartup.java).
 * Starts the kiosk command given after "--" in demo mode against a small admin server stand-in here (the protocol
 * fixtures' catalog and heartbeat answer), takes the time from process start to the first HTTP 200 on "/" and to the
 * home screen rendered (Vaadin's init request answers with the home view), reads VmRSS from /proc/PID/status after
 * start, then runs scripted resident sessions (a fresh browser session: the page, the home screen, closing the UI as
 * the browser does on leaving) and reads VmRSS every 100 sessions.
 *
 * <p>The steady state: the kiosk runs with a 1-minute HTTP session timeout (Tomcat's shortest; it looks for expired
 * sessions every minute), so after the first 100 sessions (the warm-up: classes, compiled code, caches) and again
 * after the last one the measurer waits until their sessions have expired, has the kiosk collect its garbage (jcmd
 * GC.run) and reads VmRSS and the Java heap in use. Growth is the difference of these two points; the spread of three
 * readings at each point is the noise.
 *
 * usage: java KioskStartup.java LABEL SESSIONS FIXTURES_DIR RESULT_FILE -- kiosk command...
 *   -Dexpiry.seconds=130  how long to wait for the sessions to expire (0: no wait, no steady-state figures)
 *   -Drestart=true        measure the every-day start: the kiosk is started and stopped once on its data folder first
 */
public class KioskStartup {

    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String label = args[0];
        int sessions = Integer.parseInt(args[1]);
        Path fixtures = Path.of(args[2]);
        Path results = Path.of(args[3]);
        List<String> command = new ArrayList<>(List.of(args).subList(5, args.length));
        HttpServer admin = adminStandIn(fixtures);
        int port = freePort();
        Path data = Files.createTempDirectory("kiosk-startup-");
        Duration expiry = Duration.ofSeconds(Integer.getInteger("expiry.seconds", 130));
        command.addAll(List.of("--server.port=" + port, "--kiosk.data-dir=" + data, "--kiosk.devices.simulated=true",
                "--kiosk.server.url=http://127.0.0.1:" + admin.getAddress().getPort(),
                "--server.servlet.session.timeout=1m"));
        Path log = data.resolve("kiosk.log");
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        URI home = URI.create("http://127.0.0.1:" + port + "/");

        if (Boolean.getBoolean("restart")) {
            startedBefore(command, data, probe, home);
        }
        long start = System.nanoTime();
        Process kiosk = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // stopping the measurer stops the kiosk it started
        Runtime.getRuntime().addShutdownHook(new Thread(kiosk::destroy));
        try {
            long firstOk = awaitOk(probe, home, kiosk);
            long homeShown = awaitHomeScreen(home, kiosk);
            double cpuToHome = cpuSeconds(kiosk.pid());
            double mainThreadCpu = mainThreadCpuSeconds(kiosk.pid());
            long rssReady = rssKib(kiosk.pid());
            Thread.sleep(sessions > 0 ? 5000 : 0);
            long rssSettled = rssKib(kiosk.pid());
            List<String> rssBySessions = new ArrayList<>();
            long rssFirstCheckpoint = 0;
            SteadyState warm = null;
            double sessionSeconds = 0;
            for (int i = 1; i <= sessions; i++) {
                long sessionStart = System.nanoTime();
                session(home);
                sessionSeconds += (System.nanoTime() - sessionStart) / 1e9;
                if (i % 100 == 0) {
                    long rss = rssKib(kiosk.pid());
                    rssBySessions.add(i + ":" + rss / 1024);
                    if (i == 100) {
                        rssFirstCheckpoint = rss;
                        warm = !expiry.isZero() && sessions > 100 ? SteadyState.after(expiry, kiosk.pid()) : null;
                    }
                }
            }
            long rssAfter = rssKib(kiosk.pid());
            SteadyState end = warm != null ? SteadyState.after(expiry, kiosk.pid()) : null;
            String steady = warm == null ? ""
                    : String.format(Locale.ROOT, "; sessions expired and collected: after 100 sessions %s, after %d "
                            + "sessions %s, growth %+.1f MiB RSS, %+.1f MiB heap", warm, sessions, end,
                            (end.rssKib() - warm.rssKib()) / 1024.0, (end.heapKib() - warm.heapKib()) / 1024.0);
            String line = String.format(Locale.ROOT,
                    "%s: first HTTP 200 on / %.2f s, home screen served %.2f s (kiosk CPU %.2f s, main thread %.2f s); RSS ready %d MiB, "
                            + "settled %d MiB, "
                            + "after %d sessions %d MiB with their sessions alive (%.1f s, %.1f sessions/s; growth from "
                            + "session 100 to %d: %+d MiB); RSS by sessions [%s]%s",
                    label, (firstOk - start) / 1e9, (homeShown - start) / 1e9, cpuToHome, mainThreadCpu,
                    rssReady / 1024,
                    rssSettled / 1024,
                    sessions, rssAfter / 1024, sessionSeconds, sessions / Math.max(sessionSeconds, 1e-9), sessions,
                    (rssAfter - rssFirstCheckpoint) / 1024, String.join(" ", rssBySessions), steady);
            System.out.println(line);
            Files.writeString(results, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } finally {
            kiosk.destroy();
            if (!kiosk.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kiosk.destroyForcibly();
            }
            admin.stop(0);
        }
    }

    /**
     * The kiosk's every-day start: it ran before on this data folder (database migrated, catalog cached), as after
     * switching the kiosk on in the morning; the first start after installation is the run without this.
     */
    private static void startedBefore(List<String> command, Path data, HttpClient probe, URI home) throws Exception {
        Process first = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("kiosk-first-start.log").toFile()).start();
        try {
            awaitOk(probe, home, first);
            awaitHomeScreen(home, first);
        } finally {
            first.destroy();
            if (!first.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                first.destroyForcibly().waitFor();
            }
        }
    }

    private static long awaitOk(HttpClient client, URI uri, Process kiosk) throws Exception {
        while (true) {
            if (!kiosk.isAlive()) {
                throw new IllegalStateException("the kiosk stopped while starting");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
    }

    // the home screen exists once Vaadin's init request renders the route "" with its tiles
    private static long awaitHomeScreen(URI home, Process kiosk) throws Exception {
        while (true) {
            if (!kiosk.isAlive()) {
                throw new IllegalStateException("the kiosk stopped while starting");
            }
            String shown = openUi(browser(), home)[1];
            if (shown.contains("\"home\"")) {
                return System.nanoTime();
            }
            Thread.sleep(10);
        }
    }

    /**
     * One resident at a fresh browser: the page, the home screen with its tiles, then the tab closes (the browser's
     * unload beacon closes the UI at once).
     */
    private static void session(URI home) throws Exception {
        HttpClient client = browser();
        String[] opened = openUi(client, home);
        if (!opened[1].contains("\"home\"")) {
            throw new IllegalStateException("the home screen was not shown");
        }
        uidl(client, home, opened[0], "[]", 1, ",\"UNLOAD\":true");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The page, Vaadin's init request and the client's navigation to "": the UI's csrf/id and the answer. */
    private static String[] openUi(HttpClient client, URI home) throws Exception {
        client.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.discarding());
        String init = client.send(HttpRequest.newBuilder(home.resolve(
                "?v-r=init&location=&query=&v-browserDetails=1")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(init);
        Matcher ui = UI_ID.matcher(init);
        if (!csrf.find() || !ui.find()) {
            return new String[] {"", ""};
        }
        String uiRef = csrf.group(1) + " " + ui.group(1);
        String navigate = "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\","
                + "\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]";
        return new String[] {uiRef, uidl(client, home, uiRef, navigate, 0, "")};
    }

    private static String uidl(HttpClient client, URI home, String uiRef, String rpc, int syncId, String extra)
            throws Exception {
        String[] parts = uiRef.split(" ");
        String body = "{\"csrfToken\":\"" + parts[0] + "\",\"rpc\":" + rpc + ",\"syncId\":" + syncId
                + ",\"clientId\":" + syncId + extra + "}";
        return client.send(HttpRequest.newBuilder(home.resolve("?v-r=uidl&v-uiId=" + parts[1]))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * The CPU time the kiosk process used so far, all threads (utime + stime of /proc/PID/stat): on a shared machine
     * it varies much less than wall-clock time, so it compares variants measured while other work runs.
     */
    private static double cpuSeconds(long pid) throws IOException {
        return cpuSeconds(Path.of("/proc/" + pid + "/stat"));
    }

    /**
     * The CPU time of the thread that runs main() and so the whole start-up: the busiest thread the kernel knows as
     * "java" (the launcher's first thread, also called so, only waits).
     */
    private static double mainThreadCpuSeconds(long pid) throws IOException {
        double most = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().equals("java")) {
                        most = Math.max(most, cpuSeconds(task.resolve("stat")));
                    }
                } catch (IOException threadEnded) {
                    // a thread that ended while listing is not the main thread
                }
            }
        }
        return most;
    }

    private static double cpuSeconds(Path statFile) throws IOException {
        String stat = Files.readString(statFile);
        // the fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks / 100.0; // USER_HZ is 100 on Linux
    }

    private static long rssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** VmRSS and the Java heap in use, three readings each (min..max), after sessions expired and a collection. */
    record SteadyState(long rssKib, long heapKib, long rssSpreadKib, long heapSpreadKib) {

        static SteadyState after(Duration expiry, long pid) throws Exception {
            Thread.sleep(expiry.toMillis());
            long[] rss = new long[3];
            long[] heap = new long[3];
            for (int i = 0; i < 3; i++) {
                jcmd(pid, "GC.run");
                heap[i] = heapUsedKib(jcmd(pid, "GC.heap_info"));
                rss[i] = KioskStartup.rssKib(pid);
                Thread.sleep(1000);
            }
            java.util.Arrays.sort(rss);
            java.util.Arrays.sort(heap);
            return new SteadyState(rss[1], heap[1], rss[2] - rss[0], heap[2] - heap[0]);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "RSS %.1f MiB (spread %.1f), heap in use %.1f MiB (spread %.1f)",
                    rssKib / 1024.0, rssSpreadKib / 1024.0, heapKib / 1024.0, heapSpreadKib / 1024.0);
        }
    }

    // "DefNew total 19712K, used 1234K" and "Tenured total ..." (serial), "garbage-first heap total reserved ...,
    // committed ..., used 10624K" (G1); the metaspace lines have no "total"
    private static final Pattern USED = Pattern.compile("(?m)^.*\\btotal\\b.*?\\bused (\\d+)K");

    private static long heapUsedKib(String heapInfo) {
        Matcher used = USED.matcher(heapInfo);
        long sum = 0;
        while (used.find()) {
            sum += Long.parseLong(used.group(1));
        }
        return sum;
    }

    private static String jcmd(long pid, String what) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), what).redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The admin server's terminal API as far as a kiosk at rest needs it: catalog (with ETag) and heartbeat. */
    private static HttpServer adminStandIn(Path fixtures) throws IOException {
        byte[] catalog = Files.readAllBytes(fixtures.resolve("catalog-snapshot.json"));
        byte[] ack = Files.readAllBytes(fixtures.resolve("heartbeat-ack.json"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/terminal/v1/catalog", exchange -> {
            exchange.getResponseHeaders().add("ETag", "\"startup-benchmark\"");
            if ("\"startup-benchmark\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            respond(exchange, catalog);
        });
        server.createContext("/api/terminal/v1/heartbeat", exchange -> respond(exchange, ack));
        server.start();
        return server;
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
