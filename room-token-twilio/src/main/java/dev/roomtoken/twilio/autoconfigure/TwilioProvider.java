package dev.roomtoken.twilio.autoconfigure;

import java.util.List;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.autoconfigure.provider.ProviderConnection;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import dev.roomtoken.twilio.TwilioTokenIssuer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.util.StringUtils;

/**
 * Twilio Video in the auto-configuration: configured by any of {@code roomtoken.twilio.account-sid},
 * {@code api-key-sid} or {@code api-key-secret}. Tokens are signed in-process, so the HTTP connection
 * is not used.
 */
final class TwilioProvider implements RoomTokenProvider<TwilioSettings> {

    private static final String PREFIX = "roomtoken.twilio";

    @Override
    public String name() {
        return TwilioTokenIssuer.PROVIDER;
    }

    @Override
    public String title() {
        return "Twilio Video";
    }

    @Override
    public boolean isConfigured(Binder binder) {
        TwilioProperties properties = properties(binder);
        return StringUtils.hasText(properties.getAccountSid()) || StringUtils.hasText(properties.getApiKeySid())
                || StringUtils.hasText(properties.getApiKeySecret());
    }

    @Override
    public TwilioSettings settings(Binder binder, boolean allowInsecure) {
        return TwilioSettings.from(properties(binder));
    }

    @Override
    public RoomTokenIssuer issuer(TwilioSettings settings, ProviderConnection connection) {
        return settings.builder().build();
    }

    @Override
    public List<String> secretProperties() {
        return List.of("api-key-secret");
    }

    private static TwilioProperties properties(Binder binder) {
        return ProviderSettings.bind(binder, PREFIX, TwilioProperties.class, TwilioProperties::new);
    }
}
