package cn.egovkiosk.device.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The technician's command line: {@code java -jar device-drivers-<version>-cli.jar <command>}. Commands print to
 * standard output, in Chinese unless the environment asks for English ({@code EGOV_KIOSK_LANG=en}); card data is
 * masked unless {@code --reveal}. Exit codes are in {@link ExitCode}.
 */
public final class TechnicianCli {

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    /** Texts in the language the environment asks for (see {@link CliText#fromEnvironment()}). */
    public TechnicianCli(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, CliText.fromEnvironment());
    }

    /** Texts in Chinese, or English for {@link Locale#ENGLISH}. */
    public TechnicianCli(InputStream in, PrintStream out, PrintStream err, Locale locale) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.text = new CliText(locale);
    }

    public static void main(String[] args) {
        // before any logger exists: warnings only, on stderr, so command output stays readable
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new TechnicianCli(System.in, out, err).run(args));
    }

    /** Runs one command and returns its exit code; never throws for bad input. */
    public int run(String... args) {
        try {
            CliArgs parsed = CliArgs.parse(args);
            if (parsed.flag("help") || parsed.command().equals("help")) {
                out.println(text.get("usage"));
                return ExitCode.OK;
            }
            return switch (parsed.command()) {
                case "ports" -> PortsCommand.run(text, out);
                case "probe" -> ProbeCommand.run(parsed, text, out);
                case "read-card" -> ReadCardCommand.run(parsed, text, out);
                case "scan" -> ScanCommand.run(parsed, text, out);
                case "test-print" -> TestPrintCommand.run(parsed, out);
                case "status" -> StatusCommand.run(parsed, text, out);
                case "simulate" -> SimulateCommand.run(parsed, text, in, out);
                default -> throw new UsageException("usage.unknownCommand", parsed.command());
            };
        } catch (UsageException e) {
            err.println(text.get("error", e.describe(text)));
            err.println(text.get("usage"));
            return ExitCode.USAGE;
        } catch (PortProblem e) {
            err.println(text.get("error", e.describe(text)));
            return ExitCode.PORT;
        } catch (IOException | RuntimeException e) {
            err.println(text.get("error", e.getClass().getSimpleName() + ": " + e.getMessage()));
            return ExitCode.FAILED;
        }
    }
}
