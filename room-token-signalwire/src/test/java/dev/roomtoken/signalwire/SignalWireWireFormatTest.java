package dev.roomtoken.signalwire;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static dev.roomtoken.signalwire.SignalWireTestServer.MINTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's Jackson settings cannot change what is sent to SignalWire: the client writes
 * and reads the wire format with its own mapper and sends the bytes as they are, even on a
 * {@code RestClient.Builder} whose own JSON converter, ahead of the defaults, names, includes and
 * indents differently; nor do its base URL, URI factory or default headers send the call elsewhere or
 * with other credentials.
 */
class SignalWireWireFormatTest {

    @RegisterExtension
    final SignalWireTestServer signalWire = new SignalWireTestServer();

    @Test
    void anApplicationsJsonConverterDoesNotChangeTheBodyOrTheReading() {
        JsonMapper applicationMapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .changeDefaultPropertyInclusion((inclusion) -> inclusion
                .withValueInclusion(JsonInclude.Include.ALWAYS))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
        RestClient.Builder applicationBuilder = RestClient.builder()
            .configureMessageConverters((converters) -> converters.registerDefaults()
                .addCustomConverter(new JacksonJsonHttpMessageConverter(applicationMapper)));
        SignalWireTokenIssuer client = this.signalWire.clientBuilder().restClientBuilder(applicationBuilder).build();

        RoomToken token = client.prepareCreate(RoomTokenRequest.forRoom("r")
            .displayName("alice")
            .ttl(Duration.ofMinutes(1))
            .options(SignalWireTokenOptions.builder().meta(Map.of("seatNumber", 7)).build())
            .build()).send().token();

        LoggedRequest sent = this.signalWire.onlyRequest();
        assertThat(sent.getBodyAsString()).isEqualTo(
                "{\"room_name\":\"r\",\"user_name\":\"alice\",\"join_until\":\"2026-11-23T10:01:00Z\","
                        + "\"meta\":{\"seatNumber\":7}}");
        assertThat(sent.getHeader("Content-Length")).isEqualTo(String.valueOf(sent.getBody().length));
        assertThat(token.token()).isEqualTo(MINTED);
    }

    @Test
    void anApplicationsBaseUrlUriFactoryOrAuthorizationDoNotRedirectOrChangeTheCall() {
        RestClient.Builder applicationBuilder = RestClient.builder()
            .uriBuilderFactory(new DefaultUriBuilderFactory("http://127.0.0.1:" + SignalWireTestServer.closedPort()))
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer the-applications-own-api")
            .defaultHeader("X-Request-Source", "checkout-service");
        SignalWireTokenIssuer client = this.signalWire.clientBuilder().restClientBuilder(applicationBuilder).build();

        RoomToken token = client.prepareCreate(RoomTokenRequest.forRoom("r").build()).send().token();

        assertThat(token.token()).isEqualTo(MINTED);
        this.signalWire.verifyOnlyRequest("{\"room_name\":\"r\"}");
        assertThat(this.signalWire.onlyRequest().getHeader("X-Request-Source")).isEqualTo("checkout-service");
    }
}
