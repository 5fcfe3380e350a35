package cn.egovkiosk.device.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CUPS command-line clients (cups-client, cups-bsd): {@code lpstat} for queue and job state, {@code lp} for raw
 * jobs, {@code cancel}. A server given here (host:port) is passed as CUPS_SERVER; otherwise the environment's
 * scheduler is used, as for javax.print. Output is read in the C locale so that the parsing does not depend on the
 * kiosk's language.
 */
public final class CupsClient {

    private static final long COMMAND_SECONDS = 10;
    private static final Pattern REQUEST_ID = Pattern.compile("request id is (\\S+)");

    private final String server;

    /** @param server host:port of the scheduler, or null for the environment's */
    public CupsClient(String server) {
        this.server = server == null || server.isBlank() ? null : server.strip();
    }

    /** The environment's scheduler (CUPS_SERVER, client.conf or the local one). */
    public static CupsClient fromEnvironment() {
        return new CupsClient(null);
    }

    /** The queue's state; a queue the scheduler does not know, or an unreachable scheduler, is "missing". */
    public QueueState queue(String name) throws IOException {
        Result printer = run(null, "lpstat", "-p", name);
        if (printer.exit != 0 || !printer.out.contains("printer " + name + " ")) {
            String why = (printer.err + printer.out).strip();
            return QueueState.missing(name, why.isEmpty() ? "queue " + name + " not found" : why);
        }
        Result accepting = run(null, "lpstat", "-a", name);
        boolean enabled = !printer.out.contains(" disabled");
        boolean accepts = accepting.exit == 0 && accepting.out.contains(name + " accepting requests");
        return new QueueState(name, true, enabled, accepts, printer.out.lines().findFirst().orElse("").strip());
    }

    /** Ids (e.g. {@code a4-7}) of the queue's jobs that are not finished yet. */
    public List<String> pendingJobs(String queue) throws IOException {
        Result result = run(null, "lpstat", "-o", queue);
        List<String> ids = new ArrayList<>();
        for (String line : result.out.lines().toList()) {
            String[] words = line.strip().split("\\s+");
            if (words.length > 0 && words[0].startsWith(queue + "-")) {
                ids.add(words[0]);
            }
        }
        return ids;
    }

    /** Submits bytes unfiltered ({@code lp -o raw}), e.g. ESC/POS to a socket queue; returns the job id. */
    public String submitRaw(String queue, byte[] data, String title) throws IOException {
        Result result = run(data, "lp", "-d", queue, "-o", "raw", "-t", title);
        Matcher id = REQUEST_ID.matcher(result.out);
        if (result.exit != 0 || !id.find()) {
            throw new IOException("lp refused the job for " + queue + ": " + (result.err + result.out).strip());
        }
        return id.group(1);
    }

    public void cancel(String jobId) throws IOException {
        run(null, "cancel", jobId);
    }

    /** The server these commands talk to, for messages. */
    public Optional<String> server() {
        return Optional.ofNullable(server);
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(byte[] input, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        if (server != null) {
            builder.environment().put("CUPS_SERVER", server);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException(command[0] + " cannot run (is cups-client installed?): " + e.getMessage(), e);
        }
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input);
            }
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = Thread.ofVirtual().start(() -> drain(process.getErrorStream(), err));
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + COMMAND_SECONDS + " s");
            }
            errReader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(command[0] + " interrupted", e);
        }
        return new Result(process.exitValue(), out, err.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
    }

    private static void drain(InputStream in, ByteArrayOutputStream sink) {
        try {
            in.transferTo(sink);
        } catch (IOException e) {
            // the process went away; what was read is kept
        }
    }
}
