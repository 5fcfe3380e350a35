package cn.egovkiosk.device.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Walks an ESC/POS byte stream command by command, as a printer does: text bytes collect into a line that LF prints,
 * GS ( k function 180 stores QR data, GS V cuts and ends the job. Commands may arrive split across reads: an
 * incomplete command waits for its remaining bytes. Real-time DLE EOT requests are answered, not printed.
 */
final class EscPosStreamParser {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int NEED_MORE = -1;
    private static final long MAX_RASTER_BYTES = 1 << 20;

    private final Consumer<PrintedReceipt> jobDone;
    private final IntConsumer realtimeStatusRequest;
    private byte[] pending = new byte[0];
    private final ByteArrayOutputStream job = new ByteArrayOutputStream();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<String> lines = new ArrayList<>();
    private final List<String> qrPayloads = new ArrayList<>();
    private final List<String> barcodes = new ArrayList<>();
    private final List<PrintedImage> images = new ArrayList<>();

    EscPosStreamParser(Consumer<PrintedReceipt> jobDone, IntConsumer realtimeStatusRequest) {
        this.jobDone = jobDone;
        this.realtimeStatusRequest = realtimeStatusRequest;
    }

    void feed(byte[] data, int offset, int length) {
        byte[] joined = Arrays.copyOf(pending, pending.length + length);
        System.arraycopy(data, offset, joined, pending.length, length);
        int pos = 0;
        while (pos < joined.length) {
            int consumed = step(joined, pos);
            if (consumed == NEED_MORE) {
                break;
            }
            pos += consumed;
        }
        pending = Arrays.copyOfRange(joined, pos, joined.length);
    }

    /** Handles the command or text byte at {@code pos}; returns how many bytes it took, or NEED_MORE. */
    private int step(byte[] b, int pos) {
        int available = b.length - pos;
        int first = b[pos] & 0xFF;
        if (first == 0x10) {
            if (available < 3) {
                return NEED_MORE;
            }
            if (b[pos + 1] == 0x04) {
                realtimeStatusRequest.accept(b[pos + 2] & 0xFF);
            }
            return 3;
        }
        int size = switch (first) {
            case 0x1B -> escSize(b, pos);
            case 0x1C -> fsSize(b, pos);
            case 0x1D -> gsSize(b, pos);
            default -> 1;
        };
        if (size == NEED_MORE || size > available) {
            return NEED_MORE;
        }
        job.write(b, pos, size);
        interpret(b, pos, size);
        return size;
    }

    private void interpret(byte[] b, int pos, int size) {
        int first = b[pos] & 0xFF;
        if (first == 0x0A) {
            endLine();
        } else if (first >= 0x20) {
            line.write(b[pos]);
        } else if (first == 0x1B && b[pos + 1] == 'd' && line.size() > 0) {
            endLine(); // ESC d prints the buffer, then feeds
        } else if (first == 0x1D && b[pos + 1] == '(' && b[pos + 2] == 'k') {
            qrFunction(b, pos, size);
        } else if (first == 0x1D && b[pos + 1] == 'V') {
            cut();
        } else if (first == 0x1D && b[pos + 1] == 'k') {
            barcode(b, pos, size);
        } else if (first == 0x1D && b[pos + 1] == 'v' && size > 8) {
            int widthBytes = (b[pos + 4] & 0xFF) | (b[pos + 5] & 0xFF) << 8;
            int height = (b[pos + 6] & 0xFF) | (b[pos + 7] & 0xFF) << 8;
            images.add(new PrintedImage(widthBytes, height, Arrays.copyOfRange(b, pos + 8, pos + size)));
        }
    }

    private static int escSize(byte[] b, int pos) {
        if (b.length - pos < 2) {
            return NEED_MORE;
        }
        return switch (b[pos + 1]) {
            case '@', '2' -> 2;
            default -> 3; // ESC a, E, d, !, -, t, M, G, J, 3: one parameter byte
        };
    }

    private static int fsSize(byte[] b, int pos) {
        if (b.length - pos < 2) {
            return NEED_MORE;
        }
        return switch (b[pos + 1]) {
            case '!', 'W', '-', 'C' -> 3;
            default -> 2; // FS & and FS .
        };
    }

    private static int gsSize(byte[] b, int pos) {
        int available = b.length - pos;
        if (available < 3) {
            return NEED_MORE;
        }
        int m = b[pos + 2] & 0xFF;
        return switch (b[pos + 1]) {
            case '(' -> available < 5 ? NEED_MORE : 5 + ((b[pos + 3] & 0xFF) | (b[pos + 4] & 0xFF) << 8);
            case 'V' -> m >= 65 ? 4 : 3;
            case 'k' -> barcodeSize(b, pos, m);
            case 'v' -> rasterSize(b, pos);
            default -> 3; // GS !, H, f, h, w, a: one parameter byte
        };
    }

    /** GS k m data NUL (m 0 to 6) or GS k m n data (m 65 and up). */
    private static int barcodeSize(byte[] b, int pos, int m) {
        if (m >= 65) {
            return b.length - pos < 4 ? NEED_MORE : 4 + (b[pos + 3] & 0xFF);
        }
        for (int i = pos + 3; i < b.length; i++) {
            if (b[i] == 0) {
                return i - pos + 1;
            }
        }
        return NEED_MORE;
    }

    /** GS v 0 m xL xH yL yH, then (xL + 256 xH) * (yL + 256 yH) bytes of raster image. */
    private static int rasterSize(byte[] b, int pos) {
        if (b.length - pos < 8) {
            return NEED_MORE;
        }
        long widthBytes = (b[pos + 4] & 0xFF) | (b[pos + 5] & 0xFF) << 8;
        long height = (b[pos + 6] & 0xFF) | (b[pos + 7] & 0xFF) << 8;
        long size = 8 + widthBytes * height;
        // no receipt printer takes an image this large: treat the header as garbage rather than wait for gigabytes
        return size > MAX_RASTER_BYTES ? 8 : (int) size;
    }

    /** GS ( k pL pH cn fn ...: cn 49 is QR, function 80 (Epson 180) with m '0' stores the symbol data. */
    private void qrFunction(byte[] b, int pos, int size) {
        if (size >= 8 && b[pos + 5] == 49 && b[pos + 6] == 80 && b[pos + 7] == '0') {
            qrPayloads.add(new String(b, pos + 8, size - 8, StandardCharsets.UTF_8));
        }
    }

    /** GS k m ...: type B (m 65 and up) data follows the length byte; CODE128's code-set prefix is dropped. */
    private void barcode(byte[] b, int pos, int size) {
        int m = b[pos + 2] & 0xFF;
        String data = m >= 65 ? new String(b, pos + 4, size - 4, StandardCharsets.US_ASCII)
                : new String(b, pos + 3, size - 4, StandardCharsets.US_ASCII);
        barcodes.add(m == 73 && data.length() >= 2 && data.charAt(0) == '{' ? data.substring(2) : data);
    }

    private void endLine() {
        lines.add(line.toString(GB18030));
        line.reset();
    }

    private void cut() {
        if (line.size() > 0) {
            endLine();
        }
        PrintedReceipt receipt = new PrintedReceipt(job.toByteArray(), lines, qrPayloads, barcodes, images,
                Instant.now());
        job.reset();
        lines.clear();
        qrPayloads.clear();
        barcodes.clear();
        images.clear();
        jobDone.accept(receipt);
    }
}
