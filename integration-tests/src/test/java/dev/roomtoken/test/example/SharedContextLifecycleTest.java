package dev.roomtoken.test.example;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.test.IsolatedTestRun;
import dev.roomtoken.test.RoomTokenEmulator;
import dev.roomtoken.test.context.AutoConfigureRoomTokenEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two test classes that share a base class carrying the annotation share one cached context and so
 * one emulator: the second class still mints after the first is done, and the emulator stops when
 * that context closes (here at the end of the second class, which dirties it), not before.
 */
class SharedContextLifecycleTest {

    static final List<RoomTokenEmulator> seen = new CopyOnWriteArrayList<>();

    @Test
    void aContextSharedByTwoClassesKeepsItsEmulatorUntilTheContextCloses() {
        seen.clear();

        TestExecutionSummary summary = IsolatedTestRun.run(FirstUserTests.class, SecondUserTests.class);

        assertThat(summary.getFailures()).as("failures").isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(4);
        assertThat(seen).hasSize(4);
        assertThat(seen).as("one emulator for both classes").allSatisfy((emulator) -> assertThat(emulator)
            .isSameAs(seen.get(0)));
        IsolatedTestRun.assertNothingListensOn(seen.get(0).port());
    }

    /** The shared base class, as a user's suite would have it. */
    @SpringBootTest
    @AutoConfigureRoomTokenEmulator
    abstract static class EmulatorTestsBase {

        @Autowired
        RoomTokenTemplate roomTokens;

        @Autowired
        RoomTokenEmulator emulator;

        @BeforeEach
        void record() {
            seen.add(this.emulator);
        }

        void mintsFromTheEmulator() {
            this.roomTokens.createToken(RoomTokenRequest.forRoom("standup").build());
            assertThat(this.emulator.journal()).singleElement().satisfies((request) -> assertThat(request.status())
                .isEqualTo(200));
        }
    }

    /** Run only through {@link IsolatedTestRun}. */
    static class FirstUserTests extends EmulatorTestsBase {

        @Test
        void one() {
            mintsFromTheEmulator();
        }

        @Test
        void two() {
            mintsFromTheEmulator();
        }
    }

    /** Run only through {@link IsolatedTestRun}; closes the shared context when done. */
    @DirtiesContext(classMode = ClassMode.AFTER_CLASS)
    static class SecondUserTests extends EmulatorTestsBase {

        @Test
        void one() {
            mintsFromTheEmulator();
        }

        @Test
        void two() {
            mintsFromTheEmulator();
        }
    }
}
