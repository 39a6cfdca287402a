package dev.roomtoken.autoconfigure;

import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code roomtoken.*} names a provider or configures any registered
 * {@link RoomTokenProvider}. With no settings the auto-configuration backs off; with some,
 * {@link ConfiguredProviders} checks that they are whole. A value that does not bind is skipped
 * here (see {@link LenientRoomTokenProperties}).
 */
final class RoomTokenSettingsCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        RoomTokenProperties properties = LenientRoomTokenProperties.bind(context.getEnvironment());
        RoomTokenProviders providers = RoomTokenProviders.load(context.getClassLoader());
        return providers.anyConfigured(Binder.get(context.getEnvironment()), properties.getProvider())
                ? ConditionOutcome.match("roomtoken.* configures a provider")
                : ConditionOutcome.noMatch("roomtoken.* configures no provider");
    }
}
