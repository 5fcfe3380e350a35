package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.scanner.CodeScannerSimulator;
import cn.egovkiosk.device.scanner.ScannerSettings;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.IOException;
import java.io.PrintStream;

/** Typed commands for a simulated scanner: {@code code TEXT} shows a code to it. */
final class ScannerConsole extends SimulateCommand.Console {

    private final CodeScannerSimulator simulator;
    private final PrintStream out;

    ScannerConsole(ByteTransport deviceSide, ScannerSettings settings, PrintStream out) {
        this(new CodeScannerSimulator(deviceSide, settings), out);
    }

    private ScannerConsole(CodeScannerSimulator simulator, PrintStream out) {
        super(simulator::start, simulator::close);
        this.simulator = simulator;
        this.out = out;
    }

    @Override
    String help() {
        return "code <text> (shows a code; sent at once, or on the next trigger), triggers";
    }

    @Override
    boolean command(String line) throws IOException {
        if (line.startsWith("code ") && line.length() > 5) {
            simulator.show(line.substring(5));
            return true;
        }
        if (line.equals("triggers")) {
            out.println("triggers received: " + simulator.triggerCount() + ", stops: " + simulator.stopCount());
            return true;
        }
        return false;
    }
}
