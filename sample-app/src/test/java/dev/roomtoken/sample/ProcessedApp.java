package dev.roomtoken.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample app's jar, processed by Spring AOT in the build, started in a JVM of its own with
 * {@code -Dspring.aot.enabled=true} on a free port; its output goes to a file so a failing test can
 * show it. Closing it stops the JVM.
 */
final class ProcessedApp implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;

    private final Path output;

    private final int port;

    private ProcessedApp(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /**
     * Starts the jar named by the {@code sample.jar} system property (the build sets it) and waits
     * until it listens.
     * @param arguments the app's command line arguments
     * @return the running app
     */
    static ProcessedApp start(String... arguments) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("sample.jar", "target/sample-app-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No processed jar at " + jar.toAbsolutePath() + "; run mvn verify");
        }
        Path output = Files.createTempFile("processed-sample-app", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.aot.enabled=true", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=0",
                "--server.address=127.0.0.1"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new ProcessedApp(process, output, awaitPort(process, output, Duration.ofSeconds(90)));
    }

    private static int awaitPort(Process process, Path output, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher started = STARTED.matcher(read(output));
            if (started.find()) {
                return Integer.parseInt(started.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The processed app stopped:\n" + read(output));
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The processed app did not start in " + timeout + ":\n" + read(output));
    }

    int port() {
        return this.port;
    }

    /** Everything the app has written so far. */
    String output() {
        return read(this.output);
    }

    private static String read(Path output) {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Stops the JVM, forcibly if it has not stopped within ten seconds, and deletes its output. */
    @Override
    public void close() throws IOException {
        this.process.destroy();
        try {
            if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
                this.process.destroyForcibly().waitFor();
            }
        }
        catch (InterruptedException ex) {
            this.process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(this.output);
    }
}
