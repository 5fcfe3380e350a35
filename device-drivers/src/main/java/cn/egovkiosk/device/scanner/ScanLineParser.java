package cn.egovkiosk.device.scanner;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a scanner's byte stream into codes at the terminator. Works on bytes, not characters: CR and LF never occur
 * inside a UTF-8 or GB18030 multi-byte character, so a character split across two reads stays whole. With CR set,
 * a stray LF is dropped; with LF or CR LF set, a CR before the LF is dropped. Empty lines are skipped, and a line
 * longer than {@link #MAX_LINE} (noise, a wrong baud rate) is thrown away.
 */
final class ScanLineParser {

    static final int MAX_LINE = 8192;

    private final byte end;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean overflow;

    ScanLineParser(Terminator terminator) {
        this.end = terminator == Terminator.CR ? (byte) '\r' : (byte) '\n';
    }

    /** The complete lines in this chunk (and earlier partial ones), without terminators. */
    List<byte[]> feed(byte[] chunk, int offset, int length) {
        List<byte[]> lines = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            byte b = chunk[i];
            if (b == end) {
                finishLine(lines);
            } else if (b == '\r' || b == '\n') {
                continue; // the other half of CR LF, or a stray one
            } else if (line.size() < MAX_LINE) {
                line.write(b);
            } else {
                overflow = true;
            }
        }
        return lines;
    }

    /** Drops a partial line (e.g. before a triggered read, or after the port came back). */
    void reset() {
        line.reset();
        overflow = false;
    }

    private void finishLine(List<byte[]> lines) {
        if (line.size() > 0 && !overflow) {
            lines.add(line.toByteArray());
        }
        reset();
    }
}
