package cn.egovkiosk.device.scanner;

import cn.egovkiosk.device.simulator.DeviceSideLoop;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays a serial code scanner on the device side of a transport, in its own thread. In continuous mode a code shown
 * to it is sent at once; in Honeywell trigger mode it waits in front of the scanner until {@code SYN T CR}, which
 * reads it once. Answers the trigger-mode menu query ({@code TRGMOD?.}), so a probe can recognise it. Keeps serving
 * after the host side went away and came back.
 */
public final class CodeScannerSimulator implements Closeable {

    private final ScannerSettings settings;
    private final ScannerCommandParser commands;
    private final DeviceSideLoop loop;
    private final AtomicInteger triggers = new AtomicInteger();
    private final AtomicInteger stops = new AtomicInteger();
    private volatile String inFront;

    public CodeScannerSimulator(ByteTransport deviceSide, ScannerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.commands = new ScannerCommandParser(new HostCommands());
        this.loop = new DeviceSideLoop(deviceSide, "code-scanner-simulator", commands::feed);
    }

    /**
     * Opens the device side and starts serving.
     *
     * @throws UncheckedIOException when the device side cannot be opened
     */
    public void start() {
        loop.start();
    }

    /** Shows a code to the scanner: sent now in continuous mode, on the next trigger otherwise. */
    public void show(String code) throws IOException {
        if (settings.trigger() == TriggerMode.CONTINUOUS) {
            send(code);
        } else {
            inFront = code;
        }
    }

    /** Sends bytes as they are (noise, a code with a broken encoding). */
    public void sendRaw(byte[] bytes) throws IOException {
        loop.write(bytes);
    }

    public int triggerCount() {
        return triggers.get();
    }

    public int stopCount() {
        return stops.get();
    }

    @Override
    public void close() {
        loop.close();
    }

    private void send(String code) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(settings.prefix().getBytes(settings.charset()));
        line.writeBytes(code.getBytes(settings.charset()));
        line.writeBytes(settings.suffix().getBytes(settings.charset()));
        line.writeBytes(settings.terminator().bytes());
        loop.write(line.toByteArray());
    }

    private final class HostCommands implements ScannerCommandParser.Commands {

        @Override
        public void trigger() {
            triggers.incrementAndGet();
            String code = inFront;
            inFront = null;
            if (code != null) {
                try {
                    send(code);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void stop() {
            stops.incrementAndGet();
        }

        @Override
        public void menu(String command) {
            if (command.equals(HoneywellCommands.TRIGGER_MODE_TAG + "?")) {
                String mode = settings.trigger() == TriggerMode.HONEYWELL ? "0" : "3";
                try {
                    loop.write(HoneywellCommands.answer(HoneywellCommands.TRIGGER_MODE_TAG + mode));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
