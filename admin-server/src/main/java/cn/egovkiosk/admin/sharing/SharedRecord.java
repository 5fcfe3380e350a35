package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.protocol.catalog.DataSource;
import java.util.List;
import java.util.Optional;

/**
 * What a shared source holds about one resident: facts in print order. Personal data: {@link #toString()} names the
 * keys only.
 *
 * @param source where it came from
 * @param facts  the facts, each with a key rules read, a label certificates print (zh-CN) and a value
 */
public record SharedRecord(DataSource source, List<Fact> facts) {

    public SharedRecord {
        facts = List.copyOf(facts);
    }

    /** The value of the fact with this key. */
    public Optional<String> value(String key) {
        return facts.stream().filter(fact -> fact.key().equals(key)).map(Fact::value).findFirst();
    }

    /** The fact as a whole number, empty when missing or not a number. */
    public Optional<Long> number(String key) {
        return value(key).flatMap(text -> {
            try {
                return Optional.of(Long.parseLong(text.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public String toString() {
        return "SharedRecord[source=" + source + ", keys=" + facts.stream().map(Fact::key).toList() + "]";
    }

    /**
     * One fact.
     *
     * @param key   the name rules use, e.g. {@link FactKeys#MONTHS_CONTRIBUTED}
     * @param label the label printed on a certificate (zh-CN)
     * @param value the value as printed
     */
    public record Fact(String key, String label, String value) {

        @Override
        public String toString() {
            return "Fact[key=" + key + ", value=<withheld>]";
        }
    }
}
