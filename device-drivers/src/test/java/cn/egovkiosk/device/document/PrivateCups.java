package cn.egovkiosk.device.document;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.transport.TcpPorts;
import cn.egovkiosk.device.transport.TcpServerTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests: a private cupsd (own cupsd.conf with {@code Listen localhost:PORT}, own spool, cache, state and logs
 * under target/), never the machine's, never changed with cupsctl. Started once per test JVM and stopped at its end.
 * The port is the one CUPS_SERVER names (set by the build, because the JDK reads it only at start) or, outside the
 * build, a free one. Queues: {@link #PDF_QUEUE} (cups-pdf: output in the user's ~/PDF), {@link #RECEIPT_QUEUE} (raw
 * socket to an ESC/POS printer simulator on TCP), {@link #DEAD_QUEUE} (socket to a port nobody listens on).
 */
public final class PrivateCups implements BeforeAllCallback {

    public static final String PDF_QUEUE = "kiosk-a4";
    public static final String RECEIPT_QUEUE = "kiosk-receipt";
    public static final String DEAD_QUEUE = "kiosk-a4-unplugged";
    static final Path CUPS_PDF_OUTPUT = Path.of(System.getProperty("user.home"), "PDF");

    private static Instance instance;

    /** The running scheduler and its printer simulator. */
    public record Instance(int port, Process cupsd, Path dir, EscPosPrinterSimulator receiptPrinter)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        public String server() {
            return "localhost:" + port;
        }

        public CupsClient client() {
            return new CupsClient(server());
        }

        /** True when the JDK's print service talks to this scheduler (CUPS_SERVER was set before the JVM started). */
        public boolean seenByJavaxPrint() {
            return server().equals(System.getenv("CUPS_SERVER"));
        }

        /** Runs a CUPS admin tool (lpadmin, cupsreject, cupsaccept …) against this scheduler. */
        public String admin(String... command) throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("CUPS_SERVER", server());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        }

        @Override
        public void close() {
            receiptPrinter.close();
            cupsd.destroy();
            try {
                if (!cupsd.waitFor(5, TimeUnit.SECONDS)) {
                    cupsd.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/cupsd")), "cups is not installed");
        assumeTrue(Files.isExecutable(Path.of("/usr/lib/cups/backend/cups-pdf")), "cups-pdf is not installed");
        synchronized (PrivateCups.class) {
            if (instance == null || !instance.cupsd().isAlive()) {
                instance = start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(PrivateCups.class, instance);
            }
        }
    }

    public static Instance instance() {
        return instance;
    }

    private static Instance start() throws Exception {
        String fromBuild = System.getenv("CUPS_SERVER");
        int port = fromBuild != null && fromBuild.startsWith("localhost:")
                ? Integer.parseInt(fromBuild.substring("localhost:".length())) : TcpPorts.unused();
        Path dir = Path.of("target", "private-cups-" + port).toAbsolutePath();
        for (String sub : List.of("conf", "spool/tmp", "cache", "state", "log")) {
            Files.createDirectories(dir.resolve(sub));
        }
        Files.writeString(dir.resolve("conf/cupsd.conf"), String.join("\n", "Listen localhost:" + port,
                "LogLevel warn", "WebInterface No", "Browsing Off", "DefaultAuthType None", "MaxJobs 100",
                "<Location />", "  Order allow,deny", "  Allow all", "</Location>", "<Policy default>",
                "  <Limit All>", "    Order deny,allow", "  </Limit>", "</Policy>", ""));
        Files.writeString(dir.resolve("conf/cups-files.conf"), String.join("\n", "ServerRoot " + dir.resolve("conf"),
                "RequestRoot " + dir.resolve("spool"), "TempDir " + dir.resolve("spool/tmp"),
                "CacheDir " + dir.resolve("cache"), "StateDir " + dir.resolve("state"),
                "ErrorLog " + dir.resolve("log/error_log"), "AccessLog " + dir.resolve("log/access_log"),
                "PageLog " + dir.resolve("log/page_log"), ""));
        Process cupsd = new ProcessBuilder("/usr/sbin/cupsd", "-f", "-c", dir.resolve("conf/cupsd.conf").toString(),
                "-s", dir.resolve("conf/cups-files.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log/cupsd.out").toFile()).start();
        TcpServerTransport simulatorSide = new TcpServerTransport(0);
        simulatorSide.open();
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(simulatorSide);
        simulator.start();
        Instance started = new Instance(port, cupsd, dir, simulator);
        try {
            awaitScheduler(started);
            started.admin("lpadmin", "-p", PDF_QUEUE, "-E", "-v", "cups-pdf:/", "-P",
                    "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");
            started.admin("lpadmin", "-p", RECEIPT_QUEUE, "-E", "-v", "socket://127.0.0.1:"
                    + simulatorSide.localPort() + "/?contimeout=5", "-m", "raw", "-o",
                    "printer-error-policy=abort-job");
            started.admin("lpadmin", "-p", DEAD_QUEUE, "-E", "-v", "socket://127.0.0.1:" + TcpPorts.unused()
                    + "/?contimeout=60", "-m", "raw", "-o", "printer-error-policy=retry-current-job");
        } catch (Exception e) {
            started.close();
            throw e;
        }
        return started;
    }

    private static void awaitScheduler(Instance cups) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> tried = new ArrayList<>();
        while (System.nanoTime() < deadline && cups.cupsd().isAlive()) {
            String answer = cups.admin("lpstat", "-r").strip();
            if (answer.equals("scheduler is running")) {
                return;
            }
            tried.add(answer);
            Thread.sleep(50);
        }
        throw new IOException("private cupsd did not start: " + tried + " "
                + Files.readString(cups.dir().resolve("log/cupsd.out")));
    }

    /** cups-pdf names its output after the (mangled) job title: the nonce finds it. */
    public static Path awaitCupsPdf(String nonce) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(CUPS_PDF_OUTPUT)) {
                try (Stream<Path> files = Files.list(CUPS_PDF_OUTPUT)) {
                    Optional<Path> found = files.filter(p -> p.getFileName().toString().contains(nonce)).findFirst();
                    if (found.isPresent() && Files.size(found.get()) > 0) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("cups-pdf wrote nothing for " + nonce + " in " + CUPS_PDF_OUTPUT);
    }

    /** The first page as pdftoppm renders it (the printed output is checked by pixels, not text). */
    public static BufferedImage render(Path pdf, int dpi) throws IOException, InterruptedException {
        Path prefix = Files.createTempDirectory("printed-").resolve("page");
        Process pdftoppm = new ProcessBuilder("pdftoppm", "-r", String.valueOf(dpi), "-png", "-f", "1", "-l", "1",
                "-singlefile", pdf.toString(), prefix.toString()).redirectErrorStream(true).start();
        String output = new String(pdftoppm.getInputStream().readAllBytes());
        if (pdftoppm.waitFor() != 0) {
            throw new IOException("pdftoppm failed: " + output);
        }
        Path png = Path.of(prefix + ".png");
        BufferedImage image = ImageIO.read(png.toFile());
        Files.delete(png);
        Files.delete(png.getParent());
        return image;
    }
}
