package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.PrintStream;

/** Typed commands for a simulated SAM reader: a test card in and out, and the faults field readers show. */
final class ReaderConsole extends SimulateCommand.Console {

    private final SamReaderSimulator simulator;

    ReaderConsole(ByteTransport deviceSide, CliText text, PrintStream out) {
        this(new SamReaderSimulator(deviceSide), text, out);
    }

    private ReaderConsole(SamReaderSimulator simulator, CliText text, PrintStream out) {
        super(simulator::start, simulator::close, text, out);
        this.simulator = simulator;
    }

    @Override
    String help() {
        return text.get("simulate.reader.help");
    }

    @Override
    boolean command(String line) {
        String[] words = line.split("\\s+");
        String argument = words.length > 1 ? words[1] : "";
        switch (words[0]) {
            case "card" -> simulator.present(SimulatedCard.sample());
            case "remove" -> simulator.remove();
            case "fail" -> simulator.failNextReads(count(argument));
            case "selftest" -> simulator.failSelfTest(argument.equals("fail"));
            case "silent" -> simulator.setAnswering(!argument.equals("on"));
            case "junk" -> simulator.sendJunkBeforeAnswers(argument.equals("on")
                    ? new byte[] {(byte) 0xAA, (byte) 0xAA, 0x00, 0x13} : new byte[0]);
            case "fragments" -> simulator.fragmentAnswers(argument.equals("off") ? 0 : count(argument));
            case "resets" -> out.println(text.get("simulate.reader.resets", simulator.resetCount()));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int count(String text) {
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
