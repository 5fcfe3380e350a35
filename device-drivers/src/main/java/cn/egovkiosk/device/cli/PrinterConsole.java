package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.PrintStream;
import java.util.Locale;

/** Typed commands for a simulated receipt printer; every receipt it gets is shown as text. */
final class PrinterConsole extends SimulateCommand.Console {

    private final EscPosPrinterSimulator simulator;

    PrinterConsole(ByteTransport deviceSide, CliText text, PrintStream out) {
        this(new EscPosPrinterSimulator(deviceSide), text, out);
    }

    private PrinterConsole(EscPosPrinterSimulator simulator, CliText text, PrintStream out) {
        super(simulator::start, simulator::close, text, out);
        this.simulator = simulator;
        simulator.addListener(receipt -> {
            out.println(text.get("simulate.printer.receipt", receipt.raw().length));
            receipt.textLines().forEach(printed -> out.println("  | " + printed));
            receipt.qrPayloads().forEach(qr -> out.println("  QR: " + qr));
        });
    }

    @Override
    String help() {
        return text.get("simulate.printer.help");
    }

    @Override
    boolean command(String line) {
        String[] words = line.split("\\s+");
        String argument = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
        switch (words[0]) {
            case "paper" -> {
                if (!argument.equals("OK") && !argument.equals("LOW") && !argument.equals("OUT")) {
                    return false;
                }
                simulator.setPaper(MediaState.valueOf(argument));
            }
            case "cover" -> simulator.setCoverOpen(argument.equals("OPEN"));
            case "count" -> out.println(text.get("simulate.printer.count", simulator.receipts().size()));
            default -> {
                return false;
            }
        }
        return true;
    }
}
