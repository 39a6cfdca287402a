package dev.roomtoken.test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;

import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Runs test classes on a JUnit launcher of their own, in the order given, as a build runs a user's
 * suite, so a test can check what holds across classes (a shared context, an emulator stopped
 * after the last class that used it).
 */
public final class IsolatedTestRun {

    private IsolatedTestRun() {
    }

    /**
     * Runs the classes, one after the other.
     * @param testClasses the test classes
     * @return what passed and what failed
     */
    public static TestExecutionSummary run(Class<?>... testClasses) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
            .selectors(Arrays.stream(testClasses).map(DiscoverySelectors::selectClass).toList())
            .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        return summary.getSummary();
    }

    /**
     * Asserts that nothing listens on a loopback port any more.
     * @param port the port an emulator listened on
     */
    public static void assertNothingListensOn(int port) {
        assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> connect(port));
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        }
    }
}
