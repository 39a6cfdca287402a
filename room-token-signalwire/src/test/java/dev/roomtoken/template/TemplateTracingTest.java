package dev.roomtoken.template;

import java.util.List;

import dev.roomtoken.RoomTokenTemplate;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a tracer, a template call is one span and each HTTP attempt is a child of it.
 */
class TemplateTracingTest {

    private final SimpleTracer tracer = new SimpleTracer();

    private final ObservationRegistry observations = ObservationRegistry.create();

    private final FaultServer faults = new FaultServer(new SignalWireUnderTest(), 10);

    TemplateTracingTest() {
        this.observations.observationConfig().observationHandler(new DefaultTracingObservationHandler(this.tracer));
    }

    @AfterEach
    void stop() {
        this.faults.close();
    }

    @Test
    void oneSpanPerCallWithItsAttemptsAsChildren() {
        this.faults.answerInTurn(this.faults.error(503), this.faults.error(503), this.faults.success());
        RoomTokenTemplate template = this.faults
            .templateBuilder(2, RestClient.builder().observationRegistry(this.observations))
            .observationRegistry(this.observations)
            .build();

        template.createToken(new SignalWireUnderTest().request());

        List<SimpleSpan> calls = this.tracer.getSpans().stream()
            .filter((span) -> span.getName().equals("roomtoken create"))
            .toList();
        assertThat(calls).hasSize(1);
        SimpleSpan call = calls.get(0);
        List<SimpleSpan> attempts = this.tracer.getSpans().stream().filter((span) -> span != call).toList();
        assertThat(attempts).hasSize(3).allSatisfy((attempt) -> {
            assertThat(attempt.getName()).isEqualTo("http post");
            assertThat(attempt.getParentId()).isEqualTo(call.getSpanId());
            assertThat(attempt.getTraceId()).isEqualTo(call.getTraceId());
        });
        assertThat(call.getTags()).containsEntry("outcome", "success").containsEntry("roomtoken.provider", "signalwire");
    }
}
