package dev.roomtoken.template;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.LogManager;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Every log line of the JVM at TRACE, the JDK's own {@code java.util.logging} (and so its HTTP
 * client) included, with the stack traces logged along, until closed.
 */
final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    private final Level previousLevel = this.root.getLevel();

    CapturedLogs() {
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.ALL);
        setContext(this.root.getLoggerContext());
        start();
        this.root.addAppender(this);
        this.root.setLevel(Level.TRACE);
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        if (event.getThrowableProxy() != null) {
            line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        this.lines.add(line.toString());
    }

    List<String> lines() {
        return this.lines;
    }

    @Override
    public void close() {
        this.root.detachAppender(this);
        this.root.setLevel(this.previousLevel);
        SLF4JBridgeHandler.uninstall();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        stop();
    }
}
