package cn.egovkiosk.device.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** One in-process run of the CLI's main logic, in English unless said otherwise, with what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        return withInput(new ByteArrayInputStream(new byte[0]), args);
    }

    static CliRun withInput(InputStream in, String... args) {
        return in(Locale.ENGLISH, in, args);
    }

    static CliRun chinese(String... args) {
        return in(Locale.SIMPLIFIED_CHINESE, new ByteArrayInputStream(new byte[0]), args);
    }

    private static CliRun in(Locale locale, InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new TechnicianCli(in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale).run(args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
