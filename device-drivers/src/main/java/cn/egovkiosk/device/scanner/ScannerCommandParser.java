package cn.egovkiosk.device.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The scanner's side of the Honeywell serial commands: finds {@code SYN T CR}, {@code SYN U CR} and menu commands
 * {@code SYN M CR … .} in whatever bytes a host sends, skipping anything else.
 */
final class ScannerCommandParser {

    /** What the host asked for. */
    interface Commands {
        void trigger();

        void stop();

        void menu(String command);
    }

    private static final int MAX_MENU = 64;

    private final Commands commands;
    private final ByteArrayOutputStream menu = new ByteArrayOutputStream();
    private int state; // 0 idle, 1 after SYN, 2 after SYN T/U/M, 3 inside a menu command
    private byte command;

    ScannerCommandParser(Commands commands) {
        this.commands = commands;
    }

    void feed(byte[] chunk, int length) {
        for (int i = 0; i < length; i++) {
            step(chunk[i]);
        }
    }

    private void step(byte b) {
        switch (state) {
            case 1 -> {
                command = b;
                state = b == 'T' || b == 'U' || b == 'M' ? 2 : idleOrSyn(b);
            }
            case 2 -> {
                if (b != '\r') {
                    state = idleOrSyn(b);
                } else if (command == 'M') {
                    menu.reset();
                    state = 3;
                } else {
                    state = 0;
                    if (command == 'T') {
                        commands.trigger();
                    } else {
                        commands.stop();
                    }
                }
            }
            case 3 -> menuByte(b);
            default -> state = idleOrSyn(b);
        }
    }

    private void menuByte(byte b) {
        if (b == '.' || b == '!') {
            state = 0;
            commands.menu(menu.toString(StandardCharsets.US_ASCII));
        } else if (b == HoneywellCommands.SYN || menu.size() >= MAX_MENU) {
            state = b == HoneywellCommands.SYN ? 1 : 0;
        } else {
            menu.write(b);
        }
    }

    private static int idleOrSyn(byte b) {
        return b == HoneywellCommands.SYN ? 1 : 0;
    }
}
