package cn.egovkiosk.device.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The technician's command line: {@code java -jar device-drivers-<version>-cli.jar <command>}. Commands print to
 * standard output; card data is masked unless {@code --reveal}. Exit codes are in {@link ExitCode}.
 */
public final class TechnicianCli {

    static final String USAGE = """
            usage: java -jar device-drivers-cli.jar <command> [options]
              ports                                   serial ports of this machine and whether you may open them
              probe --port P [--baud B]               which device answers on P (reader, receipt printer, scanner)
              read-card --port P [--baud 115200] [--timeout 15] [--reveal]
                                                      read one ID card; masked unless --reveal (test cards only)
              scan --port P [--baud 9600] [--trigger continuous|honeywell] [--terminator CR|LF|CRLF]
                   [--prefix X] [--suffix Y] [--timeout 15]
                                                      wait for one code from a serial scanner
              scan --image FILE                       find the code in a camera frame (JPEG or PNG)
              status --config FILE                    check every device of a kiosk configuration once
              simulate reader|printer|scanner (--port P | --pty DIR) [scanner options]
                                                      play a device on the device end of a cable, for practice
            P is a serial port path (/dev/ttyUSB0, /dev/serial/by-id/...) or tcp://host:port.""";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public TechnicianCli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
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
                out.println(USAGE);
                return ExitCode.OK;
            }
            return switch (parsed.command()) {
                case "ports" -> PortsCommand.run(out);
                case "probe" -> ProbeCommand.run(parsed, out);
                case "read-card" -> ReadCardCommand.run(parsed, out);
                case "scan" -> ScanCommand.run(parsed, out);
                case "status" -> StatusCommand.run(parsed, out);
                case "simulate" -> SimulateCommand.run(parsed, in, out);
                default -> throw new UsageException("unknown command '" + parsed.command() + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE;
        } catch (PortProblem e) {
            err.println("error: " + e.getMessage());
            return ExitCode.PORT;
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
