package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.idcard.SamIdCardReader;
import cn.egovkiosk.device.receipt.EscPosReceiptPrinter;
import cn.egovkiosk.device.receipt.RealtimeStatus;
import cn.egovkiosk.device.scanner.HoneywellCommands;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Finds out which device answers on a port. The harmless question goes first: a printer's real-time status request
 * (DLE EOT 1) is ignored by readers and scanners; then the SAM id request, which a scanner ignores; then the
 * Honeywell trigger-mode query. A scanner in continuous mode that does not answer queries cannot be told apart
 * from silence.
 */
final class DeviceProbe {

    private static final byte[] PRINTER_STATUS = {0x10, 0x04, 0x01};
    private static final Duration ANSWER_TIME = Duration.ofMillis(400);

    private DeviceProbe() {
    }

    /** What answered on an open transport, in words, or empty when nothing did. */
    static Optional<String> identify(ByteTransport transport, CliText text) throws IOException {
        Optional<String> found = printer(transport, text);
        if (found.isEmpty()) {
            found = reader(transport, text);
        }
        if (found.isEmpty()) {
            found = scanner(transport, text);
        }
        return found;
    }

    private static Optional<String> printer(ByteTransport transport, CliText text) throws IOException {
        drain(transport);
        transport.write(PRINTER_STATUS);
        byte[] answer = collect(transport, 1);
        if (answer.length != 1 || !RealtimeStatus.isStatusAnswer(answer[0])) {
            return Optional.empty();
        }
        DeviceStatus status = new EscPosReceiptPrinter("probe", transport).checkStatus();
        return Optional.of(text.get("probe.printer", status.state(), status.media())
                + (status.detail().isEmpty() ? "" : ", " + status.detail()));
    }

    private static Optional<String> reader(ByteTransport transport, CliText text) throws IOException {
        drain(transport);
        try {
            String samId = new SamIdCardReader("probe", transport).samId();
            return Optional.of(text.get("probe.reader", samId));
        } catch (IOException e) {
            if (!transport.isOpen()) {
                throw e; // the port went away; not an answer
            }
            return Optional.empty();
        }
    }

    private static Optional<String> scanner(ByteTransport transport, CliText text) throws IOException {
        drain(transport);
        transport.write(HoneywellCommands.query(HoneywellCommands.TRIGGER_MODE_TAG));
        String answer = new String(collect(transport, 64), StandardCharsets.US_ASCII);
        // the answer: TRGMOD, its value, ACK, full stop
        int at = answer.indexOf(HoneywellCommands.TRIGGER_MODE_TAG);
        if (at < 0) {
            return Optional.empty();
        }
        String mode = answer.length() > at + 6 ? answer.substring(at + 6, at + 7) : "?";
        return Optional.of(text.get("0".equals(mode) ? "probe.scannerTriggered" : "probe.scanner", mode));
    }

    /** Whatever arrives within the answer time, up to {@code max} bytes; stops early after a quiet spell. */
    private static byte[] collect(ByteTransport transport, int max) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] chunk = new byte[max];
        long deadline = System.nanoTime() + ANSWER_TIME.toNanos();
        while (got.size() < max && System.nanoTime() < deadline) {
            Duration wait = got.size() == 0 ? Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()))
                    : Duration.ofMillis(50);
            int n = transport.read(chunk, 0, max - got.size(), wait);
            if (n == 0 && got.size() > 0) {
                break;
            }
            got.write(chunk, 0, n);
        }
        return got.toByteArray();
    }

    private static void drain(ByteTransport transport) throws IOException {
        byte[] chunk = new byte[256];
        while (transport.read(chunk, 0, chunk.length, Duration.ofMillis(20)) > 0) {
            // a continuous scanner's stray code, or late answers to the previous question
        }
    }
}
