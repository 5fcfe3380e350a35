package cn.egovkiosk.admin.catalog.seed;

import cn.egovkiosk.admin.catalog.model.Theme.Audience;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The word lists ({@code departments.tsv}, {@code life-events.tsv}): '|' separates fields, '#' starts a comment. */
final class WordLists {

    private WordLists() {
    }

    /**
     * A department of the word list.
     *
     * @param certificate the certificate its items usually ask for, null for none
     */
    record DepartmentWords(String code, String name, String nameEn, boolean servesLegalPersons, Word certificate,
            List<Word> subjects) {
    }

    /** A life-event domain and the names of its packages. */
    record LifeEventWords(String code, String name, Audience audience, List<String> departmentCodes,
            List<String> packageNames) {
    }

    static List<DepartmentWords> departments() {
        return rows("departments.tsv", 6).stream().map(f -> new DepartmentWords(f[0], f[1], f[2], f[3].equals("PL"),
                f[4].equals("-") ? null : Word.parse(f[4]), split(f[5], ";").stream().map(Word::parse).toList()))
                .toList();
    }

    static List<LifeEventWords> lifeEvents() {
        return rows("life-events.tsv", 5).stream().map(f -> new LifeEventWords(f[0], f[1], Audience.valueOf(f[2]),
                split(f[3], ","), split(f[4], ";"))).toList();
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String[]> rows(String resource, int fields) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> {
                        String[] f = line.split("\\|", -1);
                        if (f.length != fields) {
                            throw new IllegalStateException(resource + ": expected " + fields + " fields: " + line);
                        }
                        return f;
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
