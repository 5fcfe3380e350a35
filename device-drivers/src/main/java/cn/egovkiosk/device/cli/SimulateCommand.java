package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.transport.ByteTransport;
import cn.egovkiosk.device.transport.PtyPair;
import cn.egovkiosk.device.transport.SerialPortTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code simulate reader|printer|scanner (--port P | --pty DIR)}: plays a device on the device end of a cable (a
 * null-modem cable on P, or a socat pair it makes in DIR) so technicians can practise; typed commands change what
 * the device does, {@code help} lists them, {@code quit} or end of input stops it.
 */
final class SimulateCommand {

    /** A simulated device and what it does with one typed line. */
    abstract static class Console implements AutoCloseable {

        private final Runnable start;
        private final Runnable stop;

        Console(Runnable start, Runnable stop) {
            this.start = start;
            this.stop = stop;
        }

        final void start() {
            start.run();
        }

        abstract String help();

        /** @return false when the line was not understood */
        abstract boolean command(String line) throws IOException;

        @Override
        public final void close() {
            stop.run();
        }
    }

    private SimulateCommand() {
    }

    static int run(CliArgs args, InputStream in, PrintStream out) throws UsageException, PortProblem, IOException {
        args.allow("port", "pty", "baud", "trigger", "terminator", "prefix", "suffix");
        if (args.words().size() != 1) {
            throw new UsageException("simulate needs one of: reader, printer, scanner");
        }
        String kind = args.words().getFirst().toLowerCase(Locale.ROOT);
        if (!kind.equals("reader") && !kind.equals("printer") && !kind.equals("scanner")) {
            throw new UsageException("cannot simulate '" + kind + "': reader, printer or scanner");
        }
        PtyPair pair = null;
        String port;
        if (args.option("pty").isPresent()) {
            pair = PtyPair.start(Path.of(args.require("pty")), kind);
            port = pair.deviceSide().toString();
            out.println("kiosk side of the cable: " + pair.hostSide());
        } else {
            port = args.require("port");
            PortAccess.check(port);
        }
        ByteTransport deviceSide = new SerialPortTransport(port, args.number("baud", 115200));
        try (Console console = console(kind, args, deviceSide, out)) {
            console.start();
            out.println("simulated " + kind + " on " + port + "; commands: " + console.help() + ", quit");
            repl(console, in, out);
        } catch (UncheckedIOException e) {
            throw new PortProblem("cannot serve " + port + ": " + e.getCause().getMessage()
                    + " (busy, or gone: start the simulator before the kiosk opens the other end)");
        } finally {
            if (pair != null) {
                pair.close();
            }
        }
        out.println("simulator stopped");
        return ExitCode.OK;
    }

    private static Console console(String kind, CliArgs args, ByteTransport deviceSide, PrintStream out)
            throws UsageException {
        return switch (kind) {
            case "reader" -> new ReaderConsole(deviceSide, out);
            case "printer" -> new PrinterConsole(deviceSide, out);
            default -> new ScannerConsole(deviceSide, ScannerOptions.from(args), out);
        };
    }

    private static void repl(Console console, InputStream in, PrintStream out) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            String command = line.strip();
            if (command.equals("quit") || command.equals("exit")) {
                return;
            }
            if (command.isEmpty()) {
                continue;
            }
            if (command.equals("help")) {
                out.println("commands: " + console.help() + ", quit");
            } else if (console.command(command)) {
                out.println("ok: " + command);
            } else {
                out.println("not understood: " + command + " (commands: " + console.help() + ", quit)");
            }
        }
    }
}
