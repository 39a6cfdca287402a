package dev.roomtoken.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.roomtoken.RoomTokenTemplate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The time to start an application context with the starter configured for SignalWire, against
 * the same context with room-token's auto-configuration excluded. The difference is what the
 * starter costs at start-up.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(3)
public class StartupBenchmark {

    /**
     * Starts and closes a context with the starter.
     * @return whether a template was made
     */
    @Benchmark
    public boolean withStarter() {
        try (ConfigurableApplicationContext context = start("--roomtoken.signalwire.space=example",
                "--roomtoken.signalwire.project-id=project", "--roomtoken.signalwire.api-token=PT-token")) {
            return context.getBeanNamesForType(RoomTokenTemplate.class).length == 1;
        }
    }

    /**
     * Starts and closes the same context without the starter.
     * @return whether a template was made (never)
     */
    @Benchmark
    public boolean withoutStarter() {
        try (ConfigurableApplicationContext context = start(
                "--spring.autoconfigure.exclude=dev.roomtoken.autoconfigure.RoomTokenAutoConfiguration")) {
            return context.getBeanNamesForType(RoomTokenTemplate.class).length == 1;
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .bannerMode(org.springframework.boot.Banner.Mode.OFF)
            .run(args);
    }

    /**
     * An application with nothing but auto-configuration.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    public static class Application {
    }
}
