package dev.roomtoken.http;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Makes the request factories provider calls use when given none: on the JDK's client, through a
 * {@link BufferedJdkRequestFactory} that never follows a redirect, with the
 * {@link ProviderHttpLimits} defaults, and a shared pool of daemon threads for the client's own
 * asynchronous work.
 *
 * @since 0.1.0
 */
public final class JdkRequestFactories {

    private static final ExecutorService EXECUTOR = newExecutor();

    private JdkRequestFactories() {
    }

    /**
     * The executor of the JDK clients' asynchronous work: threads are made on demand, reused, and
     * end after a minute unused; all are daemon threads, so they never keep a JVM alive.
     * @return the shared executor
     */
    public static ExecutorService executor() {
        return EXECUTOR;
    }

    /**
     * A request factory on the JDK client with the given limits and the shared executor; it never
     * follows a redirect.
     * @param connectTimeout the connect timeout
     * @param readTimeout how long one attempt may take in all
     * @param maxResponseBytes the largest answer read
     * @return a new request factory
     */
    public static ClientHttpRequestFactory create(Duration connectTimeout, Duration readTimeout,
            int maxResponseBytes) {
        return new BufferedJdkRequestFactory(HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(EXECUTOR)
            .build(), readTimeout, maxResponseBytes);
    }

    private static ExecutorService newExecutor() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                (task) -> {
                    Thread thread = new Thread(task, "roomtoken-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
