package dev.roomtoken.test.junit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.roomtoken.test.EmulatorHttp;
import dev.roomtoken.test.IsolatedTestRun;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each test class gets its own emulator, stopped once the class is done; a statically registered
 * extension starts it as configured.
 */
class RoomTokenEmulatorExtensionLifecycleTest {

    static final List<RoomTokenEmulator> seen = new CopyOnWriteArrayList<>();

    static final List<String> minted = new CopyOnWriteArrayList<>();

    @Test
    void eachClassGetsItsOwnEmulatorStoppedAfterItsLastTest() {
        seen.clear();

        TestExecutionSummary summary = IsolatedTestRun.run(FirstClass.class, SecondClass.class);

        assertThat(summary.getFailures()).as("failures").isEmpty();
        assertThat(seen).hasSize(4);
        assertThat(seen.get(1)).isSameAs(seen.get(0));
        assertThat(seen.get(3)).isSameAs(seen.get(2)).isNotSameAs(seen.get(0));
        seen.forEach((emulator) -> IsolatedTestRun.assertNothingListensOn(emulator.port()));
    }

    @Test
    void aRegisteredExtensionStartsTheEmulatorAsConfigured() {
        seen.clear();
        minted.clear();

        TestExecutionSummary summary = IsolatedTestRun.run(ConfiguredClass.class);

        assertThat(summary.getFailures()).as("failures").isEmpty();
        assertThat(seen).singleElement().satisfies((emulator) -> {
            assertThat(emulator.setting("roomtoken.fakevideo.api-key")).isEqualTo("key-1");
            String token = JsonMapper.builder().build().readTree(minted.get(0)).get("token").asString();
            assertThat(emulator.decodeClaims(token)).as("minted by the fixed clock").containsEntry("iat", 1795428000);
        });
    }

    /** Run only through {@link IsolatedTestRun}. */
    @ExtendWith(RoomTokenEmulatorExtension.class)
    static class FirstClass {

        @Test
        void one(RoomTokenEmulator emulator) {
            seen.add(emulator);
        }

        @Test
        void two(RoomTokenEmulator emulator) {
            seen.add(emulator);
        }
    }

    /** Run only through {@link IsolatedTestRun}. */
    @ExtendWith(RoomTokenEmulatorExtension.class)
    static class SecondClass {

        @Test
        void one(RoomTokenEmulator emulator) {
            seen.add(emulator);
        }

        @Test
        void two(RoomTokenEmulator emulator) {
            seen.add(emulator);
        }
    }

    /** Run only through {@link IsolatedTestRun}. */
    static class ConfiguredClass {

        @RegisterExtension
        static final RoomTokenEmulatorExtension extension = new RoomTokenEmulatorExtension((builder) -> builder
            .setting("roomtoken.fakevideo.api-key", "key-1")
            .clock(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)));

        @Test
        void configured(RoomTokenEmulator emulator) throws Exception {
            seen.add(emulator);
            minted.add(new EmulatorHttp(emulator).post("/fakevideo/v1/tokens", "{\"room\":\"r\"}", "Bearer key-1")
                .body());
        }
    }
}
