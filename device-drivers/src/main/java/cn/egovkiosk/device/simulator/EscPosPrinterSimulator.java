package cn.egovkiosk.device.simulator;

import cn.egovkiosk.device.transport.ByteTransport;
import java.io.Closeable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Plays an ESC/POS receipt printer on the device side of a transport and records each job. */
public final class EscPosPrinterSimulator implements Closeable {

    public EscPosPrinterSimulator(ByteTransport deviceSide) {
        throw new UnsupportedOperationException("not yet");
    }

    public void start() {
        throw new UnsupportedOperationException("not yet");
    }

    public List<PrintedReceipt> receipts() {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<PrintedReceipt> awaitReceipt(Predicate<PrintedReceipt> match, Duration timeout) {
        throw new UnsupportedOperationException("not yet");
    }

    public void addListener(Consumer<PrintedReceipt> listener) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
