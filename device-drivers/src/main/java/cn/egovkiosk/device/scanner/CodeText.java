package cn.egovkiosk.device.scanner;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Turns one scanner line into text: affixes removed, decoded strictly, UTF-8 falling back to GB18030. */
final class CodeText {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CodeText() {
    }

    /** The bytes between prefix and suffix; an affix that is not there is left alone. */
    static byte[] stripAffixes(byte[] line, byte[] prefix, byte[] suffix) {
        int from = startsWith(line, prefix) ? prefix.length : 0;
        int to = line.length;
        if (suffix.length > 0 && to - from >= suffix.length
                && Arrays.equals(line, to - suffix.length, to, suffix, 0, suffix.length)) {
            to -= suffix.length;
        }
        return Arrays.copyOfRange(line, from, to);
    }

    static String decode(byte[] bytes, Charset charset) {
        try {
            return strict(bytes, charset);
        } catch (CharacterCodingException e) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                try {
                    return strict(bytes, GB18030);
                } catch (CharacterCodingException notGb) {
                    // neither: keep what can be read, with replacement characters
                }
            }
            return new String(bytes, charset);
        }
    }

    private static String strict(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static boolean startsWith(byte[] line, byte[] prefix) {
        return prefix.length > 0 && line.length >= prefix.length
                && Arrays.equals(line, 0, prefix.length, prefix, 0, prefix.length);
    }
}
