package cn.egovkiosk.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the codebase that a reviewer would otherwise have to remember. */
class CodebaseRulesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final int MAX_LINES = 300;

    @Test
    void noMainClassIsLongerThanThreeHundredLines() throws IOException {
        List<String> tooLong = mainJavaFiles().filter(file -> lines(file) > MAX_LINES)
                .map(file -> ROOT.relativize(file) + " (" + lines(file) + " lines)").toList();

        assertThat(tooLong).as("split these by responsibility").isEmpty();
    }

    @Test
    void simulatorsLiveInDeviceDriversMainCode() throws IOException {
        List<Path> simulators = mainJavaFiles().filter(file -> file.getFileName().toString().endsWith("Simulator.java"))
                .toList();

        assertThat(simulators).isNotEmpty()
                .allMatch(file -> ROOT.relativize(file).startsWith(Path.of("device-drivers", "src", "main")));
    }

    @Test
    void onlyTheKioskDependsOnDeviceDrivers() throws IOException {
        assertThat(Files.readString(ROOT.resolve("admin-server/pom.xml"))).doesNotContain("device-drivers", "kiosk-ui");
        assertThat(Files.readString(ROOT.resolve("kiosk-ui/pom.xml"))).doesNotContain("<artifactId>admin-server<");
    }

    private static Stream<Path> mainJavaFiles() throws IOException {
        return Files.walk(ROOT).filter(file -> file.toString().endsWith(".java"))
                .filter(file -> ROOT.relativize(file).toString().contains("src/main/java"));
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
