package dev.roomtoken.template;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.RoomTokenUnavailableException;
import dev.roomtoken.observation.DefaultRoomTokenObservationConvention;
import dev.roomtoken.observation.RoomTokenObservationContext;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a meter registry shows after template calls: the {@code roomtoken.requests} timer by
 * provider, operation, outcome, status and exception, the retries counter, and Spring's
 * {@code http.client.requests} with URI templates.
 */
class TemplateObservationTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ObservationRegistry observations = ObservationRegistry.create();

    private final FaultServer faults = new FaultServer(new SignalWireUnderTest(), 10);

    TemplateObservationTest() {
        this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
    }

    @AfterEach
    void stop() {
        this.faults.close();
    }

    @Test
    void successIsTimedWithItsTags() {
        this.faults.answerInTurn(this.faults.success());

        template(2).createToken(new SignalWireUnderTest().request());

        assertThat(timerCount("success", "200", "none")).isEqualTo(1);
        assertThat(this.meters.find("roomtoken.requests.retries").counter()).isNull();
    }

    @Test
    void retriedSuccessCountsItsRetriesByProviderAndOperation() {
        this.faults.answerInTurn(this.faults.error(503), this.faults.success());

        template(2).createToken(new SignalWireUnderTest().request());

        assertThat(timerCount("success", "200", "none")).isEqualTo(1);
        assertThat(this.meters.get("roomtoken.requests.retries")
            .tags("roomtoken.provider", "signalwire", "roomtoken.operation", "create")
            .counter()
            .count()).isEqualTo(1);
    }

    @Test
    void clientErrorIsTimedWithTheStatusAndException() {
        this.faults.answerInTurn(this.faults.error(401));

        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> template(2).createToken(new SignalWireUnderTest().request()));

        assertThat(timerCount("client_error", "401", "RoomTokenProviderException")).isEqualTo(1);
    }

    @Test
    void exhaustedRetriesAreAServerErrorWithEveryRetryCounted() {
        this.faults.answerInTurn(this.faults.error(503));

        assertThatExceptionOfType(RoomTokenUnavailableException.class)
            .isThrownBy(() -> template(2).createToken(new SignalWireUnderTest().request()));

        assertThat(timerCount("server_error", "503", "RoomTokenUnavailableException")).isEqualTo(1);
        assertThat(this.meters.get("roomtoken.requests.retries").counter().count()).isEqualTo(2);
    }

    @Test
    void readTimeoutIsATimeoutWithNoStatus() {
        this.faults.answerInTurn(this.faults.success().withFixedDelay(1500));

        assertThatExceptionOfType(RoomTokenUnavailableException.class)
            .isThrownBy(() -> this.faults
                .templateBuilder(0, RestClient.builder().observationRegistry(this.observations),
                        FaultServer.READ_TIMEOUT)
                .observationRegistry(this.observations)
                .build()
                .createToken(new SignalWireUnderTest().request()));

        assertThat(timerCount("timeout", "none", "RoomTokenUnavailableException")).isEqualTo(1);
    }

    @Test
    void aBrokenConnectionIsAnIoErrorWithNoStatus() {
        this.faults.answerInTurn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThatExceptionOfType(RoomTokenUnavailableException.class)
            .isThrownBy(() -> template(0).createToken(new SignalWireUnderTest().request()));

        assertThat(timerCount("io_error", "none", "RoomTokenUnavailableException")).isEqualTo(1);
    }

    @Test
    void aBadRequestAnswerIsAClientErrorAndAnHttp500AServerError() {
        this.faults.answerInTurn(this.faults.error(400));
        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> template(0).createToken(new SignalWireUnderTest().request()));
        this.faults.server.resetAll();
        this.faults.answerInTurn(this.faults.error(500));
        assertThatExceptionOfType(RoomTokenUnavailableException.class)
            .isThrownBy(() -> template(0).createToken(new SignalWireUnderTest().request()));

        assertThat(this.meters.get("roomtoken.requests").tag("outcome", "client_error").tag("status", "400").timer()
            .count()).isEqualTo(1);
        assertThat(this.meters.get("roomtoken.requests").tag("outcome", "server_error").tag("status", "500").timer()
            .count()).isEqualTo(1);
    }

    @Test
    void invalidRequestIsObservedThoughNothingIsSent() {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> template(2).createToken(RoomTokenRequest.forRoom("no spaces").build()));

        assertThat(timerCount("invalid_request", "none", "InvalidRoomTokenRequestException")).isEqualTo(1);
        assertThat(this.faults.requestsSeen()).isZero();
    }

    @Test
    void aCustomConventionRenamesTheObservation() {
        this.faults.answerInTurn(this.faults.success());
        RoomTokenTemplate template = this.faults.templateBuilder(2, RestClient.builder())
            .observationRegistry(this.observations)
            .observationConvention(new DefaultRoomTokenObservationConvention() {
                @Override
                public String getName() {
                    return "video.join.tokens";
                }

                @Override
                public KeyValues getLowCardinalityKeyValues(RoomTokenObservationContext context) {
                    return super.getLowCardinalityKeyValues(context).and("tenant", "acme");
                }
            })
            .build();

        template.createToken(new SignalWireUnderTest().request());

        assertThat(this.meters.get("video.join.tokens").tag("tenant", "acme").timer().count()).isEqualTo(1);
        assertThat(this.meters.find("roomtoken.requests").timer()).isNull();
    }

    private RoomTokenTemplate template(int maxRetries) {
        return this.faults.templateBuilder(maxRetries, RestClient.builder().observationRegistry(this.observations))
            .observationRegistry(this.observations)
            .build();
    }

    private long timerCount(String outcome, String status, String exception) {
        Meter.Id id = this.meters.get("roomtoken.requests").timer().getId();
        // "error" is Micrometer's own tag for every observation's timer
        String issuance = outcome.equals("invalid_request") ? "none" : "exchange";
        assertThat(Tags.of(id.getTags())).containsExactlyInAnyOrderElementsOf(Tags.of("roomtoken.provider",
                "signalwire", "roomtoken.operation", "create", "roomtoken.issuance", issuance, "outcome", outcome,
                "status", status, "exception", exception, "error", exception));
        return this.meters.get("roomtoken.requests").timer().count();
    }
}
