package dev.roomtoken.autoconfigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.roomtoken.RoomTokenOperations;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.signalwire.autoconfigure.SignalWireAutoConfiguration;
import dev.roomtoken.telnyx.autoconfigure.TelnyxAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Half a configuration, or one that cannot work, stops start-up with a failure analysis that
 * names the property and says what to set.
 */
class RoomTokenAutoConfigurationFailureTest {

    /**
     * Application beans that take the template, as a user's {@code @Service} does; {@code null}
     * stands for none.
     */
    private static final List<Class<?>> CONSUMERS = Arrays.asList(null, JoinService.class, OperationsConsumer.class,
            LazyConsumer.class);

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class, SignalWireAutoConfiguration.class,
                TelnyxAutoConfiguration.class));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            project id without api token      | roomtoken.signalwire.project-id=p,roomtoken.signalwire.space=example | roomtoken.signalwire.api-token | is not set
            api token without project id      | roomtoken.signalwire.api-token=t,roomtoken.signalwire.space=example | roomtoken.signalwire.project-id | is not set
            credentials without a space       | roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | roomtoken.signalwire.space | is not set
            provider named without credentials | roomtoken.provider=signalwire | roomtoken.signalwire.project-id | is not set
            malformed space                   | roomtoken.signalwire.space=not a space!,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | roomtoken.signalwire.space | is not a SignalWire space
            malformed base url                | roomtoken.signalwire.base-url=ftp://example.com,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | roomtoken.signalwire.base-url | is not an absolute http(s) URL
            relative base url                 | roomtoken.signalwire.base-url=/api,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | roomtoken.signalwire.base-url | is not an absolute http(s) URL
            base url with user info           | roomtoken.signalwire.base-url=https://p:t@example.signalwire.com,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | roomtoken.signalwire.base-url | carries user info
            plain http to another host        | roomtoken.signalwire.base-url=http://proxy.example.com,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | roomtoken.signalwire.base-url | plain http://
            unknown provider                  | roomtoken.provider=webex | roomtoken.provider | unknown provider
            telnyx named without a key        | roomtoken.provider=telnyx | roomtoken.telnyx.api-key | is not set
            telnyx base url malformed         | roomtoken.telnyx.api-key=k,roomtoken.telnyx.base-url=api.telnyx.com | roomtoken.telnyx.base-url | is not an absolute http(s) URL
            telnyx token ttl out of bounds    | roomtoken.telnyx.api-key=k,roomtoken.telnyx.token-ttl=2h | roomtoken.telnyx.token-ttl | 10 to 3600
            telnyx refresh ttl out of bounds  | roomtoken.telnyx.api-key=k,roomtoken.telnyx.refresh-token-ttl=30s | roomtoken.telnyx.refresh-token-ttl | 60 to 86400
            both providers and none named     | roomtoken.telnyx.api-key=k,roomtoken.signalwire.space=example,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | roomtoken.provider | both SignalWire and Telnyx
            zero read timeout                 | roomtoken.telnyx.api-key=k,roomtoken.http.read-timeout=0s | roomtoken.http.read-timeout | is not positive
            negative connect timeout          | roomtoken.telnyx.api-key=k,roomtoken.http.connect-timeout=-1s | roomtoken.http.connect-timeout | is not positive
            negative max retries              | roomtoken.telnyx.api-key=k,roomtoken.retry.max-retries=-1 | roomtoken.retry.max-retries | is negative
            multiplier below one              | roomtoken.telnyx.api-key=k,roomtoken.retry.multiplier=0.5 | roomtoken.retry.multiplier | is below 1
            default display name too long     | roomtoken.signalwire.space=example,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t,roomtoken.signalwire.defaults.room-display-name=%s | roomtoken.signalwire.defaults.room-display-name | at most 200 characters
            unresolved project id             | roomtoken.signalwire.space=example,roomtoken.signalwire.project-id=${RT_UNSET_PROJECT_ID},roomtoken.signalwire.api-token=t | roomtoken.signalwire.project-id | still holds the unresolved placeholder ${RT_UNSET_PROJECT_ID}
            unresolved api token              | roomtoken.signalwire.space=example,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=${RT_UNSET_API_TOKEN} | roomtoken.signalwire.api-token | still holds the unresolved placeholder ${RT_UNSET_API_TOKEN}
            both credentials unresolved       | roomtoken.signalwire.space=example,roomtoken.signalwire.project-id=${RT_UNSET_PROJECT_ID},roomtoken.signalwire.api-token=${RT_UNSET_API_TOKEN} | roomtoken.signalwire.project-id | ${RT_UNSET_PROJECT_ID}
            unresolved space                  | roomtoken.signalwire.space=${RT_UNSET_SPACE},roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | roomtoken.signalwire.space | still holds the unresolved placeholder ${RT_UNSET_SPACE}
            unresolved signalwire base url    | roomtoken.signalwire.base-url=http://localhost:${RT_UNSET_PORT}/api,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | roomtoken.signalwire.base-url | still holds the unresolved placeholder ${RT_UNSET_PORT}
            unresolved telnyx key             | roomtoken.telnyx.api-key=${RT_UNSET_TELNYX_KEY} | roomtoken.telnyx.api-key | still holds the unresolved placeholder ${RT_UNSET_TELNYX_KEY}
            unresolved telnyx base url        | roomtoken.telnyx.api-key=k,roomtoken.telnyx.base-url=${RT_UNSET_TELNYX_URL} | roomtoken.telnyx.base-url | still holds the unresolved placeholder ${RT_UNSET_TELNYX_URL}
            member metadata given as a list   | roomtoken.signalwire.space=example,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t,roomtoken.signalwire.defaults.meta[0]=a,roomtoken.signalwire.defaults.meta[1]=b | roomtoken.signalwire.defaults.meta | is a list, but SignalWire takes a JSON object
            room metadata over 2000 characters | roomtoken.signalwire.space=example,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t,roomtoken.signalwire.defaults.room-meta.notes=%s%s%s%s%s%s%s%s%s%s | roomtoken.signalwire.defaults.room-meta | 2000
            default removal out of bounds     | roomtoken.signalwire.space=example,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t,roomtoken.signalwire.defaults.remove-after-seconds-elapsed=200001 | roomtoken.signalwire.defaults.remove-after-seconds-elapsed | between 0 and 200000
            """)
    void stopsStartUpNamingThePropertyAndTheFix(String situation, String settings, String property, String problem) {
        String[] properties = settings.replace("%s", "x".repeat(201)).split(",");

        for (Class<?> consumer : CONSUMERS) {
            ApplicationContextRunner runner = (consumer != null) ? this.contextRunner.withBean(consumer)
                    : this.contextRunner;
            runner.withPropertyValues(properties).run((context) -> {
                String with = (consumer != null) ? "with a " + consumer.getSimpleName() : "without consumers";
                assertThat(context).as(with).hasFailed();
                FailureAnalysis analysis = new RoomTokenConfigurationFailureAnalyzer()
                    .analyze(context.getStartupFailure());
                assertThat(analysis).as("a room-token failure analysis " + with).isNotNull();
                assertThat(analysis.getDescription()).as(with).contains(property).contains(problem);
                assertThat(analysis.getAction()).as(with).contains(property);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown provider, nothing else      | roomtoken.provider=webex
            unknown provider, SignalWire set    | roomtoken.provider=webex,roomtoken.signalwire.space=example,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t
            unknown provider, both set          | roomtoken.provider=webex,roomtoken.telnyx.api-key=k,roomtoken.signalwire.space=example,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t
            unknown provider, Telnyx set        | roomtoken.provider=webex,roomtoken.telnyx.api-key=k
            """)
    void anUnknownProviderIsNamedWhateverElseIsSetAndWhoeverConsumesTheTemplate(String situation, String settings) {
        for (Class<?> consumer : CONSUMERS) {
            ApplicationContextRunner runner = (consumer != null) ? this.contextRunner.withBean(consumer)
                    : this.contextRunner;
            runner.withPropertyValues(settings.split(",")).run((context) -> {
                FailureAnalysis analysis = new RoomTokenConfigurationFailureAnalyzer()
                    .analyze(context.getStartupFailure());
                assertThat(analysis).as("a room-token failure analysis with " + consumer).isNotNull();
                assertThat(analysis.getDescription())
                    .isEqualTo("room-token cannot start: roomtoken.provider names an unknown provider: 'webex'.");
                assertThat(analysis.getAction()).startsWith("Set roomtoken.provider to ")
                    .contains("daily", "signalwire", "telnyx", "zoom");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            roomtoken.retry.timeout=-1s   | Set roomtoken.retry.timeout to zero or more, for example 10s.
            roomtoken.retry.delay=-1s     | Set roomtoken.retry.delay to zero or more, for example 200ms.
            roomtoken.retry.jitter=-1s    | Set roomtoken.retry.jitter to zero or more, for example 100ms.
            roomtoken.retry.max-delay=-1s | Set roomtoken.retry.max-delay to a positive duration, for example 5s.
            roomtoken.http.connect-timeout=0s | Set roomtoken.http.connect-timeout to a positive duration, for example 5s.
            roomtoken.http.read-timeout=0s    | Set roomtoken.http.read-timeout to a positive duration, for example 10s.
            """)
    void anActionsExampleIsThePropertysDefault(String setting, String action) {
        this.contextRunner.withPropertyValues("roomtoken.telnyx.api-key=k", setting).run((context) -> {
            FailureAnalysis analysis = new RoomTokenConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).as("a room-token failure analysis").isNotNull();
            assertThat(analysis.getAction()).isEqualTo(action);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            roomtoken.telnyx.base-url     | roomtoken.telnyx.api-key=k,roomtoken.telnyx.base-url=api.telnyx.com | https://api.telnyx.com/v2 | signalwire
            roomtoken.signalwire.base-url | roomtoken.signalwire.base-url=example.signalwire.com,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | https://example.signalwire.com | telnyx
            """)
    void aMalformedBaseUrlGetsAnExampleOfItsOwnProvider(String property, String settings, String example,
            String otherProvider) {
        this.contextRunner.withPropertyValues(settings.split(",")).run((context) -> {
            FailureAnalysis analysis = new RoomTokenConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).as("a room-token failure analysis").isNotNull();
            assertThat(analysis.getAction()).isEqualTo("Set " + property + " to a URL such as " + example + ".")
                .doesNotContainIgnoringCase(otherProvider);
        });
    }

    @Test
    void aheadOfTimeProcessingLeavesTheCheckToRunTime() {
        String both = "roomtoken.telnyx.api-key=k,roomtoken.signalwire.space=example,"
                + "roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t";
        System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
        try {
            this.contextRunner.withBean(JoinService.class).withPropertyValues(both.split(",")).prepare((context) -> {
                GenericApplicationContext processed = context.getSourceApplicationContext(GenericApplicationContext.class);
                assertThatNoException().isThrownBy(() -> processed.refreshForAotProcessing(new RuntimeHints()));
                assertThat(processed.getBeanFactory().getBeanNamesForType(RoomTokenTemplate.class))
                    .containsExactlyInAnyOrder("signalWireRoomTokenTemplate", "telnyxRoomTokenTemplate");
            });
        }
        finally {
            System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
        }
    }

    /** Takes the template in its constructor, as the README's {@code JoinService} does. */
    static class JoinService {

        final RoomTokenTemplate roomTokens;

        JoinService(RoomTokenTemplate roomTokens) {
            this.roomTokens = roomTokens;
        }
    }

    /** Takes the interface in its constructor. */
    static class OperationsConsumer {

        final RoomTokenOperations roomTokens;

        OperationsConsumer(RoomTokenOperations roomTokens) {
            this.roomTokens = roomTokens;
        }
    }

    /** Resolves the template through an {@code ObjectProvider} when it is created. */
    static class LazyConsumer {

        final RoomTokenTemplate roomTokens;

        LazyConsumer(ObjectProvider<RoomTokenTemplate> roomTokens) {
            this.roomTokens = roomTokens.getObject();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            timeout that is no duration | roomtoken.http.read-timeout=soon | roomtoken.http.read-timeout
            unknown join-as default     | roomtoken.signalwire.defaults.join-as=speaker | roomtoken.signalwire.defaults.join-as
            """)
    void aValueThatDoesNotBindIsReportedAsSpringBootReportsIt(String situation, String setting, String property) {
        this.contextRunner.withPropertyValues("roomtoken.signalwire.space=example", "roomtoken.signalwire.project-id=p",
                "roomtoken.signalwire.api-token=t", setting).run((context) -> {
                    List<Throwable> causes = causes(context.getStartupFailure());
                    assertThat(causes).hasAtLeastOneElementOfType(ConfigurationPropertiesBindException.class);
                    assertThat(causes).filteredOn(BindException.class::isInstance)
                        .singleElement()
                        .satisfies((failure) -> assertThat(((BindException) failure).getName()).hasToString(property));
                });
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            api token   | roomtoken.signalwire.api-token=PT-secret-91c2,roomtoken.signalwire.space=example | PT-secret-91c2
            telnyx key  | roomtoken.telnyx.api-key=KEY-secret-77a,roomtoken.telnyx.token-ttl=2h | KEY-secret-77a
            password in a valid base url     | roomtoken.signalwire.base-url=https://p:PW-secret-31@example.signalwire.com,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | PW-secret-31
            api token around a placeholder   | roomtoken.signalwire.space=example,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=PT-secret-91c2${RT_UNSET_SUFFIX} | PT-secret-91c2
            telnyx key before a placeholder  | roomtoken.telnyx.api-key=KEY-secret-77a${RT_UNSET_SUFFIX} | KEY-secret-77a
            password in a malformed base url | roomtoken.signalwire.base-url=ftp://p:PW-secret-31@example.com,roomtoken.signalwire.project-id=p,roomtoken.signalwire.api-token=t | PW-secret-31
            """)
    void failureAnalysisNeverShowsASecret(String situation, String settings, String secret) {
        this.contextRunner.withPropertyValues(settings.split(",")).run((context) -> {
            FailureAnalysis analysis = new RoomTokenConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).as("a room-token failure analysis").isNotNull();
            assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(secret);
        });
    }
}
