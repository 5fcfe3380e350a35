package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.scanner.CodeScannerSimulator;
import cn.egovkiosk.device.scanner.ScannerSettings;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.IOException;
import java.io.PrintStream;

/** Typed commands for a simulated scanner: {@code code TEXT} shows a code to it. */
final class ScannerConsole extends SimulateCommand.Console {

    private final CodeScannerSimulator simulator;

    ScannerConsole(ByteTransport deviceSide, ScannerSettings settings, CliText text, PrintStream out) {
        this(new CodeScannerSimulator(deviceSide, settings), text, out);
    }

    private ScannerConsole(CodeScannerSimulator simulator, CliText text, PrintStream out) {
        super(simulator::start, simulator::close, text, out);
        this.simulator = simulator;
    }

    @Override
    String help() {
        return text.get("simulate.scanner.help");
    }

    @Override
    boolean command(String line) throws IOException {
        if (line.startsWith("code ") && line.length() > 5) {
            simulator.show(line.substring(5));
            return true;
        }
        if (line.equals("triggers")) {
            out.println(text.get("simulate.scanner.triggers", simulator.triggerCount(), simulator.stopCount()));
            return true;
        }
        return false;
    }
}
