package cn.egovkiosk.kiosk.keyboard;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin (without tones, ü typed as v) to Chinese characters, for the on-screen keyboard: a reverse index over the
 * 3,755 characters of GB 2312 level 1 (generated from the charset itself, readings from pinyin4j), each character
 * under every reading it has. Candidates come in {@link CommonCharacters} order, then in GB 2312 order; under a
 * syllable, the characters whose first (most common) reading it is come before those that merely can be read so.
 */
public final class PinyinDictionary {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    // syllable -> characters, best first; sorted so prefix look-ups are a sub-map
    private final TreeMap<String, List<String>> bySyllable = new TreeMap<>();
    private final Map<String, Integer> rank = new HashMap<>();

    private PinyinDictionary() {
        Set<String> characters = new LinkedHashSet<>();
        CommonCharacters.IN_ORDER.codePoints().mapToObj(Character::toString).forEach(characters::add);
        characters.addAll(gb2312LevelOne());
        int position = 0;
        // a character's other readings come after the characters whose main reading it is: 张 before 长 for zhang
        Map<String, List<String>> otherReadings = new HashMap<>();
        for (String character : characters) {
            rank.putIfAbsent(character, position++);
            boolean main = true;
            for (String reading : readings(character.charAt(0))) {
                List<String> list = (main ? bySyllable : otherReadings).computeIfAbsent(reading,
                        r -> new ArrayList<>());
                if (!list.contains(character)) {
                    list.add(character);
                }
                main = false;
            }
        }
        otherReadings.forEach((reading, others) -> {
            List<String> list = bySyllable.computeIfAbsent(reading, r -> new ArrayList<>());
            others.stream().filter(character -> !list.contains(character)).forEach(list::add);
        });
    }

    /** Built once per JVM: about 4,000 look-ups, well under a second. */
    public static PinyinDictionary instance() {
        return Holder.INSTANCE;
    }

    /** Whether {@code letters} is a whole syllable, e.g. {@code zhang}. */
    public boolean isSyllable(String letters) {
        return bySyllable.containsKey(letters);
    }

    /**
     * What typed letters offer: when they start with a whole syllable, the characters of the longest such syllable
     * (zhangsan → 张 章 …, consuming "zhang"); when they are only the beginning of one (zh), the characters of every
     * syllable they begin, best first, consuming all of them. Empty when no syllable fits.
     */
    public Candidates candidates(String letters) {
        for (int end = Math.min(letters.length(), 6); end > 0; end--) {
            String syllable = letters.substring(0, end);
            if (bySyllable.containsKey(syllable)) {
                return new Candidates(syllable, bySyllable.get(syllable));
            }
        }
        Set<String> found = new LinkedHashSet<>();
        bySyllable.subMap(letters, letters + Character.MAX_VALUE).values().forEach(found::addAll);
        List<String> ordered = new ArrayList<>(found);
        ordered.sort((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
        return new Candidates(ordered.isEmpty() ? "" : letters, ordered);
    }

    /**
     * @param consumed   the letters the candidates stand for (removed from the typed letters when one is chosen)
     * @param characters the characters, best first
     */
    public record Candidates(String consumed, List<String> characters) {
    }

    private static List<String> gb2312LevelOne() {
        Charset gb2312 = Charset.forName("GB2312");
        List<String> characters = new ArrayList<>(3755);
        for (int high = 0xB0; high <= 0xD7; high++) {
            for (int low = 0xA1; low <= 0xFE; low++) {
                if (high == 0xD7 && low > 0xF9) {
                    break; // level 1 ends at D7F9
                }
                String decoded = gb2312.decode(ByteBuffer.wrap(new byte[] {(byte) high, (byte) low})).toString();
                if (decoded.length() == 1 && Character.isIdeographic(decoded.charAt(0))) {
                    characters.add(decoded);
                }
            }
        }
        return characters;
    }

    private static Set<String> readings(char character) {
        String[] readings;
        try {
            readings = PinyinHelper.toHanyuPinyinStringArray(character, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException("pinyin format", impossible);
        }
        Set<String> distinct = new LinkedHashSet<>();
        if (readings != null) {
            for (String reading : readings) {
                distinct.add(reading.replace("u:", "v"));
            }
        }
        return distinct;
    }

    private static final class Holder {
        private static final PinyinDictionary INSTANCE = new PinyinDictionary();
    }
}
