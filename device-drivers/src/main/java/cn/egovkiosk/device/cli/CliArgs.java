package cn.egovkiosk.device.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code command [words] [--option value] [--flag]}: plain argument parsing, no library. */
record CliArgs(String command, List<String> words, Map<String, String> options, Set<String> flags) {

    /** Options that stand alone, without a value. */
    private static final Set<String> FLAGS = Set.of("reveal", "help");

    static CliArgs parse(String... args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("usage.noCommand");
        }
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> flags = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                words.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals > 0) {
                options.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (FLAGS.contains(name)) {
                flags.add(name);
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new UsageException("usage.needsValue", name);
            }
        }
        return new CliArgs(args[0], List.copyOf(words), Map.copyOf(options), Set.copyOf(flags));
    }

    /** Fails on options this command does not know, so a typo is not silently ignored. */
    CliArgs allow(String... known) throws UsageException {
        Set<String> allowed = Set.of(known);
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageException("usage.unknownOption", command, name);
            }
        }
        return this;
    }

    String require(String option) throws UsageException {
        return option(option).orElseThrow(() -> new UsageException("usage.missingOption", command, option));
    }

    Optional<String> option(String option) {
        return Optional.ofNullable(options.get(option)).map(String::strip).filter(value -> !value.isEmpty());
    }

    boolean flag(String flag) {
        return flags.contains(flag);
    }

    int number(String option, int fallback) throws UsageException {
        Optional<String> text = option(option);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("usage.notANumber", option, text.get());
    }

    Duration seconds(String option, int fallbackSeconds) throws UsageException {
        return Duration.ofSeconds(number(option, fallbackSeconds));
    }
}
