package dev.roomtoken.http;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The executor of the default JDK clients' own work: one for all, whose threads never keep a JVM
 * alive.
 */
class JdkRequestFactoriesTest {

    @Test
    void theClientsWorkRunsOnSharedDaemonThreads() throws InterruptedException, ExecutionException {
        ExecutorService executor = JdkRequestFactories.executor();

        Thread worker = executor.submit(Thread::currentThread).get();

        assertThat(JdkRequestFactories.executor()).isSameAs(executor);
        assertThat(worker.isDaemon()).isTrue();
        assertThat(worker.getName()).startsWith("roomtoken-http-");
    }
}
