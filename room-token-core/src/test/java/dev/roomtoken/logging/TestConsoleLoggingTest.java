package dev.roomtoken.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test suite's console (logback-test.xml) prints warnings and errors only, even while a test
 * turns every logger up to TRACE to capture the JDK HTTP client's {@code jdk.internal.httpclient.debug}
 * lines: those reach the capturing test, never the build's output.
 */
class TestConsoleLoggingTest {

    @ParameterizedTest
    @CsvSource({ "TRACE, DENY", "DEBUG, DENY", "INFO, DENY", "WARN, NEUTRAL", "ERROR, NEUTRAL" })
    void theConsoleKeepsWarningsAndErrorsOnly(String level, FilterReply reply) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> console = root.getAppender("console");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), context.getLogger("jdk.internal.httpclient.debug"),
                Level.toLevel(level), "HttpClientImpl(1) ClientImpl (async) send", null, null);

        assertThat(console).as("logback-test.xml's console appender").isNotNull();
        assertThat(console.getFilterChainDecision(event)).isEqualTo(reply);
    }
}
