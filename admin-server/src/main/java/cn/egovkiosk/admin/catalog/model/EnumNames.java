package cn.egovkiosk.admin.catalog.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Enum sets as stored: comma-separated names in declaration order, so equal sets give equal text. */
public final class EnumNames {

    private EnumNames() {
    }

    public static <E extends Enum<E>> String of(Collection<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> parse(String names, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream(names.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .forEach(name -> values.add(Enum.valueOf(type, name)));
        return values;
    }
}
