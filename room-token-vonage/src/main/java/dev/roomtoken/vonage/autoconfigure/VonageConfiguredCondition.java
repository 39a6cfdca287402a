package dev.roomtoken.vonage.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the settings configure Vonage Video, as {@link VonageProvider} decides it: when
 * they do, the auto-configuration defines the Vonage template that sessions are created through.
 */
final class VonageConfiguredCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return VonageProvider.isConfiguredIn(Binder.get(context.getEnvironment()))
                ? ConditionOutcome.match("roomtoken.vonage.application-id or private-key is set")
                : ConditionOutcome.noMatch("neither roomtoken.vonage.application-id nor private-key is set");
    }
}
