package dev.roomtoken.test.context;

import dev.roomtoken.test.RoomTokenEmulator;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Clears the journal and the fault queue of the emulator that {@link AutoConfigureRoomTokenEmulator}
 * started before each test method, so nothing one test did or queued reaches the next; registered in
 * {@code META-INF/spring.factories}. Test classes without the annotation are left alone.
 */
class RoomTokenEmulatorTestExecutionListener implements TestExecutionListener, Ordered {

    /**
     * Runs after Spring's own listeners that prepare the test instance, before the test's
     * {@code @BeforeEach} methods.
     */
    private static final int ORDER = 3100;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (RoomTokenEmulatorContextCustomizerFactory.annotated(testContext.getTestClass())) {
            testContext.getApplicationContext()
                .getBean(RoomTokenEmulatorContextCustomizer.BEAN_NAME, RoomTokenEmulator.class)
                .reset();
        }
    }
}
