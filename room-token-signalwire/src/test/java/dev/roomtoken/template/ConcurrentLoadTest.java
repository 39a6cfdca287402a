package dev.roomtoken.template;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One template shared by 32 threads making 2,000 calls while a tenth of the answers are 503s:
 * every call gets its token, and the server saw exactly the calls plus the retries.
 */
class ConcurrentLoadTest {

    private static final int THREADS = 32;

    private static final int CALLS = 2_000;

    @Test
    void everyCallSucceedsAndTheServerSawCallsPlusRetries() throws Exception {
        ProviderUnderTest provider = new SignalWireUnderTest();
        OneInTenUnavailable oneInTen = new OneInTenUnavailable();
        WireMockServer server = new WireMockServer(
                options().dynamicPort().http2PlainDisabled(true).containerThreads(THREADS + 8).extensions(oneInTen));
        server.start();
        ExecutorService callers = Executors.newFixedThreadPool(THREADS, named("load-caller-"));
        try {
            server.stubFor(post(urlEqualTo(provider.tokenPath())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(provider.successBody("eyJ.load.token"))));
            // A call fails only if 1 + 8 answers in a row are 503s: about one in a billion.
            RoomTokenTemplate template = new RoomTokenTemplate(
                    provider.client(URI.create(server.baseUrl()), RestClient.builder(),
                            new JdkClientHttpRequestFactory()), RetryPolicy.builder()
                        .maxRetries(8)
                        .delay(Duration.ofMillis(1))
                        .timeout(Duration.ofSeconds(30))
                        .build());
            List<Callable<RoomToken>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(() -> template.createToken(provider.request()));
            }

            List<Future<RoomToken>> results = callers.invokeAll(calls, 2, TimeUnit.MINUTES);

            for (Future<RoomToken> result : results) {
                assertThat(result.get().token()).isEqualTo("eyJ.load.token");
            }
            int seen = server.countRequestsMatching(postRequestedFor(urlEqualTo(provider.tokenPath())).build())
                .getCount();
            assertThat(oneInTen.unavailableAnswers()).isGreaterThan(CALLS / 20);
            assertThat(seen).isEqualTo(CALLS + oneInTen.unavailableAnswers());
        }
        finally {
            callers.shutdown();
            assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            server.stop();
        }
        assertThat(Thread.getAllStackTraces().keySet())
            .noneMatch((thread) -> thread.getName().startsWith("load-caller-") && thread.isAlive());
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return (runnable) -> new Thread(runnable, prefix + count.incrementAndGet());
    }
}
