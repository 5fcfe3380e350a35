package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.transport.ByteTransport;
import cn.egovkiosk.device.transport.PtyPair;
import cn.egovkiosk.device.transport.SerialPortTransport;
import cn.egovkiosk.device.transport.TcpServerTransport;
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
 * {@code simulate reader|printer|scanner (--port P | --pty DIR | --tcp PORT)}: plays a device on the device end of
 * a cable (a null-modem cable on P, a socat pair it makes in DIR, or a TCP port on 127.0.0.1) so technicians can
 * practise; typed commands change what the device does, {@code help} lists them, {@code quit} or end of input
 * stops it.
 */
final class SimulateCommand {

    /** A simulated device and what it does with one typed line. */
    abstract static class Console implements AutoCloseable {

        final CliText text;
        final PrintStream out;
        private final Runnable start;
        private final Runnable stop;

        Console(Runnable start, Runnable stop, CliText text, PrintStream out) {
            this.start = start;
            this.stop = stop;
            this.text = text;
            this.out = out;
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

    static int run(CliArgs args, CliText text, InputStream in, PrintStream out)
            throws UsageException, PortProblem, IOException {
        args.allow("port", "pty", "tcp", "baud", "trigger", "terminator", "prefix", "suffix");
        String kind = kind(args);
        PtyPair pair = null;
        String port;
        ByteTransport deviceSide;
        if (args.option("pty").isPresent()) {
            pair = PtyPair.start(Path.of(args.require("pty")), kind);
            port = pair.deviceSide().toString();
            deviceSide = new SerialPortTransport(port, args.number("baud", 115200));
            out.println(text.get("simulate.kioskSide", pair.hostSide()));
        } else if (args.option("tcp").isPresent()) {
            // for machines without socat: the kiosk (or the CLI) connects to tcp://127.0.0.1:PORT
            port = "127.0.0.1:" + args.number("tcp", 0);
            deviceSide = new TcpServerTransport(args.number("tcp", 0));
        } else {
            port = args.require("port");
            PortAccess.check(port);
            deviceSide = new SerialPortTransport(port, args.number("baud", 115200));
        }
        try (Console console = console(kind, args, deviceSide, text, out)) {
            console.start();
            if (deviceSide instanceof TcpServerTransport server) {
                out.println(text.get("simulate.kioskSide", "tcp://127.0.0.1:" + server.localPort()));
            }
            out.println(text.get("simulate.started", kind, port, console.help()));
            repl(console, text, in, out);
        } catch (UncheckedIOException e) {
            throw new PortProblem("simulate.cannotServe", port, e.getCause().getMessage());
        } finally {
            if (pair != null) {
                pair.close();
            }
        }
        out.println(text.get("simulate.stopped"));
        return ExitCode.OK;
    }

    private static String kind(CliArgs args) throws UsageException {
        if (args.words().size() != 1) {
            throw new UsageException("usage.simulateWhat");
        }
        String kind = args.words().getFirst().toLowerCase(Locale.ROOT);
        if (!kind.equals("reader") && !kind.equals("printer") && !kind.equals("scanner")) {
            throw new UsageException("usage.simulateUnknown", kind);
        }
        return kind;
    }

    private static Console console(String kind, CliArgs args, ByteTransport deviceSide, CliText text,
            PrintStream out) throws UsageException {
        return switch (kind) {
            case "reader" -> new ReaderConsole(deviceSide, text, out);
            case "printer" -> new PrinterConsole(deviceSide, text, out);
            default -> new ScannerConsole(deviceSide, ScannerOptions.from(args), text, out);
        };
    }

    private static void repl(Console console, CliText text, InputStream in, PrintStream out) throws IOException {
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
                out.println(text.get("simulate.commands", console.help()));
            } else if (console.command(command)) {
                out.println(text.get("simulate.ok", command));
            } else {
                out.println(text.get("simulate.notUnderstood", command, console.help()));
            }
        }
    }
}
