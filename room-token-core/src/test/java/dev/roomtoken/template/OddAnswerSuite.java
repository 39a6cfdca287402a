package dev.roomtoken.template;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.roomtoken.RoomTokenException;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.RoomTokenUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider whose answers are well-formed HTTP but say odd things: tokens that are no tokens,
 * success statuses it does not document, our own secrets echoed back, endless messages and every
 * shape of {@code Retry-After}. Each provider module runs it against itself.
 */
abstract class OddAnswerSuite extends ProviderSuite {

    @ParameterizedTest(name = "token {0}")
    @ValueSource(strings = { "42", "true", "{\"jwt\":\"eyJ\"}", "[\"eyJ\"]", "\"\"", "\"eyJ.a\\r\\nSet-Cookie: x=1\"",
            "\"eyJ.a\\u0000b\"", "\"eyJ a\"", "\"<script>\"" })
    void aTokenThatIsNoTokenIsRefusedAtOnce(String tokenJson) {
        this.faults.answerInTurn(successWithToken(tokenJson), this.faults.success());

        RoomTokenProviderException ex = fails(RoomTokenProviderException.class, this.faults.template(2));

        assertRefusedAtOnce(ex, this.provider.successStatus());
        assertThat(ex.getMessage()).contains("the answer is not a token response");
    }

    @Test
    void aTokenOverTheLengthLimitIsRefusedAndOneAtTheLimitAccepted() {
        String longest = "e".repeat(16 * 1024);
        this.faults.answerInTurn(successWithToken("\"" + longest + "e\""), successWithToken("\"" + longest + "\""));

        RoomTokenProviderException ex = fails(RoomTokenProviderException.class, this.faults.template(2));

        assertRefusedAtOnce(ex, this.provider.successStatus());
        assertThat(ex.getMessage()).endsWith("is longer than 16384 characters");
        assertThat(this.faults.template(2).createToken(this.provider.request()).token()).isEqualTo(longest);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = { 200, 201, 202, 203, 204, 206 })
    void onlyTheDocumentedSuccessStatusIsASuccess(int status) {
        if (status == this.provider.successStatus()) {
            this.faults.answerInTurn(successWith(status));
            assertThat(this.faults.template(2).createToken(this.provider.request()).token()).isEqualTo("eyJ.good.token");
            return;
        }
        this.faults.answerInTurn((status == 204) ? aResponse().withStatus(204) : successWith(status),
                this.faults.success());

        RoomTokenProviderException ex = fails(RoomTokenProviderException.class, this.faults.template(2));

        assertRefusedAtOnce(ex, status);
        assertThat(ex).hasMessage(this.provider + " answered HTTP " + status + ": a success status that is not the "
                + this.provider.successStatus() + " that " + this.provider + " answers a token request with");
    }

    @Test
    void ourCredentialsEchoedByTheProviderAreMaskedInMessagesAndLogs() {
        String echo = "you sent Authorization: " + this.provider.authorization() + " with key "
                + this.provider.secret();
        this.faults.answerInTurn(errorSaying(401, echo));
        RoomTokenProviderException refused = fails(RoomTokenProviderException.class, this.faults.template(2));
        this.faults.server.resetAll();
        this.faults.answerInTurn(errorSaying(503, echo));

        try (CapturedLogs logs = new CapturedLogs()) {
            RoomTokenUnavailableException unavailable = fails(RoomTokenUnavailableException.class,
                    this.faults.template(1));

            String scheme = this.provider.authorization().split(" ")[0];
            for (RoomTokenException ex : new RoomTokenException[] { refused, unavailable }) {
                assertThat(ex.getMessage()).contains("you sent Authorization: " + scheme + " ****** with key ******")
                    .doesNotContain(this.provider.authorization().substring(7));
            }
            assertThat(String.join("\n", logs.lines())).contains("you sent Authorization: " + scheme + " ******")
                .doesNotContain(this.provider.secret())
                .doesNotContain(this.provider.authorization().substring(7));
        }
    }

    @Test
    void aLongProviderMessageIsCutShort() {
        this.faults.answerInTurn(errorSaying(422, "no".repeat(10_000)));

        RoomTokenProviderException ex = fails(RoomTokenProviderException.class, this.faults.template(2));

        assertThat(ex.providerMessage()).contains("nonono").endsWith(" more characters)").hasSizeLessThan(530);
        assertThat(ex.getMessage()).hasSizeLessThan(700);
    }

    @Test
    void aHugeRetryAfterEndsTheRetriesAtOnceWithoutOverflow() {
        this.faults.answerInTurn(this.faults.error(429).withHeader("Retry-After", "9223372036854775807"),
                this.faults.success());

        RoomTokenUnavailableException ex = fails(RoomTokenUnavailableException.class, this.faults.template(2));

        assertThat(ex.attempts()).isEqualTo(1);
        assertThat(ex.retryAfter()).isEqualTo(Duration.ofDays(1));
        assertThat(ex.getMessage()).endsWith("it asked to retry after 86400 s, longer than the retry budget left");
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @ValueSource(strings = { "-5", "1.5", "soon", "", "Wed, 32 Oct 2015 07:28:00 GMT", "1e3" })
    void aRetryAfterThatIsNotOneIsIgnored(String value) {
        this.faults.answerInTurn(this.faults.error(503).withHeader("Retry-After", value), this.faults.success());

        String token = this.faults.template(2).createToken(this.provider.request()).token();

        assertThat(token).isEqualTo("eyJ.good.token");
        assertThat(this.faults.attemptsSeen()).isEqualTo(2);
    }

    @Test
    void aRetryAfterDateInThePastRetriesAtOnceAndOneBeyondTheBudgetEndsTheRetries() {
        this.faults.answerInTurn(this.faults.error(503).withHeader("Retry-After", httpDate(Duration.ofHours(-1))),
                this.faults.error(503).withHeader("Retry-After", httpDate(Duration.ofHours(1))), this.faults.success());

        RoomTokenUnavailableException ex = fails(RoomTokenUnavailableException.class, this.faults.template(2));

        assertThat(ex.attempts()).isEqualTo(2);
        assertThat(ex.retryAfter()).isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
    }

    @Test
    void withoutABudgetARetryAfterLongerThanTheLongestDelayEndsTheRetriesAtOnce() {
        this.faults.answerInTurn(this.faults.error(429).withHeader("Retry-After", "3600"), this.faults.success());
        RoomTokenTemplate noBudget = this.faults.templateBuilder(2, RestClient.builder())
            .retryPolicy(RetryPolicy.builder().maxRetries(2).delay(Duration.ofMillis(20)).maxDelay(Duration.ofSeconds(1))
                .timeout(Duration.ZERO).build())
            .build();

        long started = System.nanoTime();
        RoomTokenUnavailableException ex = fails(RoomTokenUnavailableException.class, noBudget);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(ex.attempts()).isEqualTo(1);
        assertThat(ex.getMessage()).endsWith("it asked to retry after 3600 s, longer than the longest retry delay");
    }

    @Test
    void maxRetriesIsHonouredWhenTheProviderAsksToRetry() {
        this.faults.answerInTurn(this.faults.error(429).withHeader("Retry-After", "0"),
                this.faults.error(429).withHeader("Retry-After", "0"), this.faults.success());

        RoomTokenUnavailableException ex = fails(RoomTokenUnavailableException.class, this.faults.template(1));

        assertThat(ex.attempts()).isEqualTo(2);
        assertThat(this.faults.attemptsSeen()).isEqualTo(2);
    }

    @Test
    void aCustomPolicysExclusionsAreHonoured() {
        this.faults.answerInTurn(this.faults.error(503), this.faults.success());
        RoomTokenTemplate excluding = this.faults.templateBuilder(2, RestClient.builder())
            .retryPolicy(RetryPolicy.builder().maxRetries(2).delay(Duration.ofMillis(20))
                .excludes(RoomTokenProviderException.class).build())
            .build();

        RoomTokenUnavailableException ex = fails(RoomTokenUnavailableException.class, excluding);

        assertThat(ex.attempts()).isEqualTo(1);
        assertThat(this.faults.attemptsSeen()).isEqualTo(1);
    }

    @Test
    void aCustomPolicysInclusionsAreHonoured() {
        this.faults.answerInTurn(this.faults.error(503), this.faults.success());
        RoomTokenTemplate onlyUnreachable = this.faults.templateBuilder(2, RestClient.builder())
            .retryPolicy(RetryPolicy.builder().maxRetries(2).delay(Duration.ofMillis(20))
                .includes(RoomTokenUnavailableException.class).build())
            .build();
        RoomTokenTemplate answersToo = this.faults.templateBuilder(2, RestClient.builder())
            .retryPolicy(RetryPolicy.builder().maxRetries(2).delay(Duration.ofMillis(20))
                .includes(RoomTokenProviderException.class).build())
            .build();

        RoomTokenUnavailableException ex = fails(RoomTokenUnavailableException.class, onlyUnreachable);
        assertThat(ex.attempts()).isEqualTo(1);
        assertThat(this.faults.attemptsSeen()).isEqualTo(1);

        this.faults.server.resetAll();
        this.faults.answerInTurn(this.faults.error(503), this.faults.success());
        assertThat(answersToo.createToken(this.provider.request()).token()).isEqualTo("eyJ.good.token");
        assertThat(this.faults.attemptsSeen()).isEqualTo(2);
    }

    private ResponseDefinitionBuilder successWithToken(String tokenJson) {
        return successWith(this.provider.successStatus()).withBody(this.provider.successBodyWithTokenJson(tokenJson));
    }

    private ResponseDefinitionBuilder successWith(int status) {
        return this.faults.success().withStatus(status);
    }

    private ResponseDefinitionBuilder errorSaying(int status, String message) {
        return aResponse().withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withBody(this.provider.errorBody("E" + status, message));
    }

    private static String httpDate(Duration fromNow) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plus(fromNow));
    }

    private void assertRefusedAtOnce(RoomTokenProviderException ex, int status) {
        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex.statusCode()).isEqualTo(status);
        assertThat(ex.attempts()).isEqualTo(1);
        assertThat(this.faults.attemptsSeen()).isEqualTo(1);
    }
}
