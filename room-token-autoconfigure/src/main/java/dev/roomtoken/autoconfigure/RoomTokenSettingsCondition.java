package dev.roomtoken.autoconfigure;

import dev.roomtoken.signalwire.SignalWireTokenIssuer;
import dev.roomtoken.telnyx.TelnyxTokenIssuer;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches on what {@code roomtoken.*} sets: anything at all, or anything for one provider. With
 * no settings the auto-configuration backs off; with some, {@link ConfiguredProviders} checks
 * that they are whole. A value that does not bind is skipped here (see
 * {@link LenientRoomTokenProperties}).
 */
abstract class RoomTokenSettingsCondition extends SpringBootCondition {

    private final String what;

    RoomTokenSettingsCondition(String what) {
        this.what = what;
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        RoomTokenProperties properties = LenientRoomTokenProperties.bind(context.getEnvironment());
        return matches(properties) ? ConditionOutcome.match("roomtoken.* configures " + this.what)
                : ConditionOutcome.noMatch("roomtoken.* configures no " + this.what);
    }

    abstract boolean matches(RoomTokenProperties properties);

    static boolean named(RoomTokenProperties properties, String provider) {
        return properties.getProvider() != null && properties.getProvider().trim().equalsIgnoreCase(provider);
    }

    /** Any provider setting. */
    static final class AnyProvider extends RoomTokenSettingsCondition {

        AnyProvider() {
            super("provider");
        }

        @Override
        boolean matches(RoomTokenProperties properties) {
            return ProviderPresence.any(properties);
        }
    }

    /** A SignalWire setting, or {@code roomtoken.provider=signalwire}. */
    static final class SignalWire extends RoomTokenSettingsCondition {

        SignalWire() {
            super("SignalWire");
        }

        @Override
        boolean matches(RoomTokenProperties properties) {
            return ProviderPresence.signalWire(properties) || named(properties, SignalWireTokenIssuer.PROVIDER);
        }
    }

    /** A Telnyx setting, or {@code roomtoken.provider=telnyx}. */
    static final class Telnyx extends RoomTokenSettingsCondition {

        Telnyx() {
            super("Telnyx");
        }

        @Override
        boolean matches(RoomTokenProperties properties) {
            return ProviderPresence.telnyx(properties) || named(properties, TelnyxTokenIssuer.PROVIDER);
        }
    }
}
