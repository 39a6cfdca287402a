package dev.roomtoken.template;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * Answers one request in ten, at random, with a 503 instead of the stubbed answer, and counts them.
 */
final class OneInTenUnavailable implements ResponseDefinitionTransformerV2 {

    private final SplittableRandom random = new SplittableRandom(20261123);

    private final AtomicInteger unavailable = new AtomicInteger();

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        boolean fail;
        synchronized (this.random) {
            fail = this.random.nextInt(10) == 0;
        }
        if (!fail) {
            return serveEvent.getResponseDefinition();
        }
        this.unavailable.incrementAndGet();
        return responseDefinition().withStatus(503).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":\"Service Unavailable\"}").build();
    }

    int unavailableAnswers() {
        return this.unavailable.get();
    }

    @Override
    public String getName() {
        return "one-in-ten-unavailable";
    }
}
