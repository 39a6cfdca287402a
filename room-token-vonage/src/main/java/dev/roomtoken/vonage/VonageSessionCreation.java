package dev.roomtoken.vonage;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.roomtoken.ProviderCall;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.http.JsonExchange;
import dev.roomtoken.http.ProviderResponse;
import dev.roomtoken.http.ProviderText;
import dev.roomtoken.http.WireJson;
import dev.roomtoken.signing.JsonWebSigner;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * {@code POST {base}/session/create}: the options as form parameters, as Vonage's server SDKs send
 * them ({@code location}, {@code p2p.preference}, {@code archiveMode}, {@code e2ee}), authenticated
 * with an application JWT ({@code Authorization: Bearer}) signed with the application's key and
 * good for {@value #APPLICATION_JWT_TTL_SECONDS} seconds; the answer a JSON array of one session
 * with status 200. The JWT is signed for each attempt and masked in everything Vonage answers.
 */
final class VonageSessionCreation {

    /** The path of the endpoint below the base URL. */
    static final String PATH = "/session/create";

    /** The status of Vonage's successful answer. */
    static final int SUCCESS_STATUS = 200;

    /**
     * How long an application JWT that authenticates a call is good for: long enough for one call
     * and its retries, short enough that one that leaks is soon worthless.
     */
    static final long APPLICATION_JWT_TTL_SECONDS = 300;

    private static final ObjectReader ANSWER_READER = WireJson.mapper()
        .readerForListOf(VonageSessionAnswer.class);

    private final Supplier<JsonExchange> exchange;

    private final JsonWebSigner signer;

    private final String applicationId;

    private final Clock clock;

    private final Supplier<String> ids;

    /**
     * @param exchange the exchange with the Video API, made when first used, so that an
     * application that only mints tokens opens no HTTP client
     */
    VonageSessionCreation(Supplier<JsonExchange> exchange, JsonWebSigner signer, String applicationId, Clock clock,
            Supplier<String> ids) {
        this.exchange = exchange;
        this.signer = signer;
        this.applicationId = applicationId;
        this.clock = clock;
        this.ids = ids;
    }

    ProviderCall<VonageSession> prepare(VonageSessionOptions options) {
        byte[] body = formBody(options);
        return () -> {
            String jwt = applicationJwt();
            ProviderResponse response = this.exchange.get().post(PATH, body, (headers) -> {
                headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
                headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + jwt);
            }, ProviderText.masking(jwt));
            if (!response.isSuccessful()) {
                throw VonageErrors.toException(response, this.clock);
            }
            return new ProviderCall.Answer<>(response.statusCode(), new VonageSession(readSessionId(response)));
        };
    }

    /** The application JWT of one attempt: {@code application_id}, {@code iat}, {@code exp}, {@code jti}. */
    String applicationJwt() {
        long issuedAt = this.clock.instant().getEpochSecond();
        return this.signer.sign(Map.of(), Map.of("application_id", this.applicationId, "iat", issuedAt, "exp",
                issuedAt + APPLICATION_JWT_TTL_SECONDS, "jti", this.ids.get()));
    }

    static byte[] formBody(VonageSessionOptions options) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(96);
        if (options.location() != null) {
            parameter(body, "location", options.location());
        }
        if (options.mediaMode() != null) {
            parameter(body, "p2p.preference", options.mediaMode().p2pPreference());
        }
        if (options.archiveMode() != null) {
            parameter(body, "archiveMode", options.archiveMode().parameter());
        }
        if (options.endToEndEncryption() != null) {
            parameter(body, "e2ee", options.endToEndEncryption().toString());
        }
        return body.toByteArray();
    }

    private static void parameter(ByteArrayOutputStream body, String name, String value) {
        if (body.size() > 0) {
            body.write('&');
        }
        body.writeBytes(URLEncoder.encode(name, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII));
        body.write('=');
        body.writeBytes(URLEncoder.encode(value, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII));
    }

    private static String readSessionId(ProviderResponse response) {
        List<VonageSessionAnswer> answer = null;
        try {
            answer = ANSWER_READER.readValue(response.body());
        }
        catch (JacksonException ex) {
            // reported below as an answer without a session
        }
        @Nullable Object sessionId = (answer != null && !answer.isEmpty() && answer.get(0) != null)
                ? answer.get(0).sessionId() : null;
        if (!(sessionId instanceof String id) || !VonageSessionIds.isSessionId(id)) {
            throw RoomTokenProviderException.unusableAnswer(VonageTokenIssuer.PROVIDER, response.statusCode(),
                    "the answer is not a created session: "
                            + ((sessionId == null) ? "no 'session_id' in its first element, "
                                    + response.describeUnreadableBody(VonageTokenIssuer.PROVIDER)
                                    : "'session_id' is not a Vonage session id"));
        }
        return id;
    }

    @Override
    public String toString() {
        return "VonageSessionCreation[applicationId=" + this.applicationId + "]";
    }
}
