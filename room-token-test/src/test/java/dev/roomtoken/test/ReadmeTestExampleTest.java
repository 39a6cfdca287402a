package dev.roomtoken.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Spring Boot test example is {@code example/JoinServiceTests} word for word, imports
 * included, so what the README shows is a test that passes in this build.
 */
class ReadmeTestExampleTest {

    private static final Path EXAMPLE = Path.of("src/test/java/dev/roomtoken/test/example/JoinServiceTests.java");

    private static final Path README = Path.of("../README.md");

    @Test
    void readmeShowsTheExampleTestAsItIsInTheBuild() throws IOException {
        String source = Files.readString(EXAMPLE);
        String readme = Files.readString(README);
        String example = source.substring(source.indexOf("// README example starts\n") + 25,
                source.indexOf("// README example ends"));
        List<String> imports = source.lines().filter((line) -> line.startsWith("import ")).toList();

        assertThat(example).contains("@AutoConfigureRoomTokenEmulator");
        assertThat(readme.contains(example)).as("README.md shows, word for word:%n%s", example).isTrue();
        assertThat(imports).contains("import dev.roomtoken.test.context.AutoConfigureRoomTokenEmulator;");
        assertThat(imports).allSatisfy((line) -> assertThat(readme.contains(line)).as("README.md shows %s", line)
            .isTrue());
    }
}
