package dev.roomtoken.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's test examples are tests of this build, word for word (the lines between
 * {@code // README example starts} and {@code // README example ends}, less their common
 * indentation, and their imports), so what the README shows compiles and passes.
 */
class ReadmeTestExampleTest {

    private static final String START = "// README example starts";

    private static final String END = "// README example ends";

    @ParameterizedTest
    @ValueSource(strings = { "example/JoinServiceTests.java", "example/TelnyxTokenTests.java",
            "ReadmeEmulatorExampleTest.java" })
    void readmeShowsTheExampleAsItIsInTheBuild(String example) throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/roomtoken/test", example));
        String readme = Files.readString(Path.of("../README.md"));
        String shown = between(source);

        assertThat(readme.contains(shown)).as("README.md shows, word for word:%n%s", shown).isTrue();
        assertThat(imports(source)).allSatisfy((line) -> assertThat(readme.contains(line))
            .as("README.md shows %s", line)
            .isTrue());
    }

    private static String between(String source) {
        List<String> lines = source.lines().toList();
        List<String> example = lines.subList(indexOf(lines, START) + 1, indexOf(lines, END));
        int indent = example.stream()
            .filter((line) -> !line.isBlank())
            .mapToInt((line) -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
        StringBuilder shown = new StringBuilder();
        example.forEach((line) -> shown.append(line.isBlank() ? "" : line.substring(indent)).append('\n'));
        return shown.toString();
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new IllegalStateException("No line " + marker);
    }

    private static List<String> imports(String source) {
        return source.lines()
            .filter((line) -> line.startsWith("import dev.roomtoken.test")
                    || line.startsWith("import org.junit.jupiter.api.extension"))
            .toList();
    }
}
