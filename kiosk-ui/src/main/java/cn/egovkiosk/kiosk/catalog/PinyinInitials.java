package cn.egovkiosk.kiosk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin initials of a name, one position per character. A polyphonic character (缴 jiao/zhuo, 行 xing/hang)
 * keeps every initial it can have, so a resident who reads it either way still finds the item. Letters and digits
 * stand for themselves; punctuation and spaces are left out.
 */
final class PinyinInitials {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    }

    private final char[][] positions;
    // every letter or digit any position can stand for, one bit each: most items are ruled out by one AND
    private final long letters;

    private PinyinInitials(char[][] positions) {
        this.positions = positions;
        long all = 0;
        for (char[] position : positions) {
            for (char letter : position) {
                all |= bit(letter);
            }
        }
        this.letters = all;
    }

    /** The letters of a query as bits, for {@link #mayMatch}. */
    static long lettersOf(String query) {
        long all = 0;
        for (int i = 0; i < query.length(); i++) {
            all |= bit(query.charAt(i));
        }
        return all;
    }

    /** False when some letter of the query is no initial of this name at all, so {@link #rank} is -1. */
    boolean mayMatch(long queryLetters) {
        return (letters & queryLetters) == queryLetters;
    }

    private static long bit(char c) {
        if (c >= 'a' && c <= 'z') {
            return 1L << (c - 'a');
        }
        return c >= '0' && c <= '9' ? 1L << (26 + c - '0') : 1L << 63;
    }

    static PinyinInitials of(String text) {
        List<char[]> positions = new ArrayList<>(text.length());
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 0x80) {
                positions.add(new char[] {Character.toLowerCase(c)});
            } else {
                char[] initials = initials(c);
                if (initials.length > 0) {
                    positions.add(initials);
                }
            }
        }
        return new PinyinInitials(positions.toArray(char[][]::new));
    }

    /**
     * How well the query's letters match: 0 when they are the initials of consecutive characters in their most
     * common reading (社保缴费 for "sbjf"), 1 when some character needs another reading for that (参 read shen), 2
     * when they occur in order with gaps, -1 when not at all.
     */
    int rank(String query) {
        if (containsRun(query, true)) {
            return 0;
        }
        if (containsRun(query, false)) {
            return 1;
        }
        return query.length() > 1 && containsInOrder(query) ? 2 : -1;
    }

    // the first initial of a position is that of the character's most common reading
    private boolean containsRun(String query, boolean commonReadingOnly) {
        for (int start = 0; start + query.length() <= positions.length; start++) {
            int matched = 0;
            while (matched < query.length()
                    && matches(positions[start + matched], query.charAt(matched), commonReadingOnly)) {
                matched++;
            }
            if (matched == query.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the query's letters are initials of characters in this order with gaps allowed: residents abbreviate
     * 社会保险 to 社保, so "sbjf" also finds 社会保险参保缴费. Greedy earliest matching suffices for a subsequence.
     */
    private boolean containsInOrder(String query) {
        int next = 0;
        for (char[] position : positions) {
            if (next < query.length() && matches(position, query.charAt(next), false)) {
                next++;
            }
        }
        return next == query.length();
    }

    /** Whether a query looks like pinyin initials: ASCII letters and digits only. */
    static boolean isInitialsQuery(String query) {
        return !query.isEmpty() && query.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c));
    }

    static String normalise(String query) {
        return query.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean matches(char[] position, char letter, boolean commonReadingOnly) {
        int readings = commonReadingOnly ? Math.min(1, position.length) : position.length;
        for (int i = 0; i < readings; i++) {
            if (position[i] == letter) {
                return true;
            }
        }
        return false;
    }

    private static char[] initials(char c) {
        String[] readings;
        try {
            readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException("pinyin format", impossible);
        }
        if (readings == null) {
            return new char[0];
        }
        StringBuilder distinct = new StringBuilder(2);
        for (String reading : readings) {
            if (!reading.isEmpty() && distinct.indexOf(reading.substring(0, 1)) < 0) {
                distinct.append(reading.charAt(0));
            }
        }
        return distinct.toString().toCharArray();
    }
}
