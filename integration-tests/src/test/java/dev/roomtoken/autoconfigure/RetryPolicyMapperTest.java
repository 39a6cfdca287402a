package dev.roomtoken.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code roomtoken.retry.*} as a user sets it: an unset jitter follows the delay, a broken rule
 * says which values it compared, and with retries off the rules about retries do not apply.
 */
class RetryPolicyMapperTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class))
        .withPropertyValues("roomtoken.telnyx.api-key=k");

    @Test
    void lowerDelayAloneStartsAndTheJitterFollowsIt() {
        this.contextRunner.withPropertyValues("roomtoken.retry.delay=50ms").run((context) -> {
            assertThat(context).hasNotFailed();
            ExponentialBackOff backOff = backOff(context.getBean(ConfiguredProviders.class).retryPolicy());
            assertThat(backOff.getInitialInterval()).isEqualTo(50);
            assertThat(backOff.getJitter()).isEqualTo(25);
        });
    }

    @ParameterizedTest(name = "delay {0} ms: jitter {1} ms")
    @CsvSource(textBlock = """
            200,  100
            50,   25
            1,    0
            0,    0
            2000, 1000
            """)
    void anUnsetJitterIsHalfTheDelay(long delayMillis, long jitterMillis) {
        RoomTokenProperties.Retry retry = new RoomTokenProperties.Retry();
        retry.setDelay(Duration.ofMillis(delayMillis));

        ExponentialBackOff backOff = backOff(RetryPolicyMapper.policy(retry));

        assertThat(backOff.getJitter()).isEqualTo(jitterMillis).isLessThanOrEqualTo(delayMillis);
    }

    @Test
    void aJitterThatIsSetIsKept() {
        RoomTokenProperties.Retry retry = new RoomTokenProperties.Retry();
        retry.setDelay(Duration.ofMillis(50));
        retry.setJitter(Duration.ofMillis(10));

        assertThat(backOff(RetryPolicyMapper.policy(retry)).getJitter()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jitter longer than delay     | roomtoken.retry.delay=200ms,roomtoken.retry.jitter=300ms | roomtoken.retry.jitter (300ms) is longer than roomtoken.retry.delay (200ms)
            jitter longer than low delay | roomtoken.retry.delay=50ms,roomtoken.retry.jitter=100ms  | roomtoken.retry.jitter (100ms) is longer than roomtoken.retry.delay (50ms)
            max delay below delay        | roomtoken.retry.delay=2s,roomtoken.retry.max-delay=1500ms | roomtoken.retry.max-delay (1500ms) is shorter than roomtoken.retry.delay (2s)
            negative max retries         | roomtoken.retry.max-retries=-1                           | roomtoken.retry.max-retries is negative (-1)
            multiplier below one         | roomtoken.retry.multiplier=0.5                           | roomtoken.retry.multiplier is below 1 (0.5)
            negative delay               | roomtoken.retry.delay=-1s                                | roomtoken.retry.delay is negative (-1s)
            zero max delay               | roomtoken.retry.max-delay=0s                             | roomtoken.retry.max-delay is not positive (0s)
            """)
    void aBrokenRuleSaysWhichValuesItCompared(String situation, String settings, String description) {
        this.contextRunner.withPropertyValues(settings.split(",")).run((context) -> {
            FailureAnalysis analysis = new RoomTokenConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).as("a room-token failure analysis").isNotNull();
            assertThat(analysis.getDescription()).isEqualTo("room-token cannot start: " + description + ".");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jitter longer than delay | roomtoken.retry.delay=50ms,roomtoken.retry.jitter=100ms
            max delay below delay    | roomtoken.retry.delay=2s,roomtoken.retry.max-delay=1s
            negative max retries     | roomtoken.retry.max-retries=-1
            multiplier below one     | roomtoken.retry.multiplier=0.5
            negative delay           | roomtoken.retry.delay=-1s
            negative jitter          | roomtoken.retry.jitter=-1s
            zero max delay           | roomtoken.retry.max-delay=0s
            """)
    void withRetriesOffTheRulesAboutRetriesDoNotApply(String situation, String settings) {
        this.contextRunner.withPropertyValues(settings.split(",")).withPropertyValues("roomtoken.retry.enabled=false")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                RetryPolicy policy = context.getBean(ConfiguredProviders.class).retryPolicy();
                assertThat(policy.getBackOff().start().nextBackOff()).as("no retry")
                    .isEqualTo(BackOffExecution.STOP);
            });
    }

    private static ExponentialBackOff backOff(RetryPolicy policy) {
        assertThat(policy.getBackOff()).isInstanceOf(ExponentialBackOff.class);
        return (ExponentialBackOff) policy.getBackOff();
    }
}
