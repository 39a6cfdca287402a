package dev.roomtoken.daily.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.daily.DailyTokenIssuer;
import dev.roomtoken.daily.DailyTokenOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Daily's settings, checked: where to call, the API key, the mode, the domain, the default ttl and
 * the default options. The ttl, the domain name, the domain id and whether the defaults can be
 * self-signed are checked by the issuer's builder and the issuer itself, so that the start-up check
 * and the issuer can never disagree.
 *
 * @param baseUrl the REST API's base URL
 * @param apiKey the API key
 * @param selfSigned whether tokens are signed in-process
 * @param domainId the domain id, for self-signed tokens
 * @param domainName the domain's subdomain, for the room URL join detail
 * @param tokenTtl the ttl of a request that sets none
 * @param defaults the default token options
 */
record DailySettings(URI baseUrl, String apiKey, boolean selfSigned, @Nullable String domainId,
        @Nullable String domainName, Duration tokenTtl, DailyTokenOptions defaults) {

    private static final String PREFIX = "roomtoken.daily.";

    /** The request that shows, at start-up, whether every default can be self-signed. */
    private static final RoomTokenRequest TRIAL = RoomTokenRequest.forRoom("start-up-check").build();

    static DailySettings from(DailyProperties properties, boolean allowInsecure) {
        ProviderSettings.checkResolved(PREFIX + "api-key", properties.getApiKey());
        ProviderSettings.checkResolved(PREFIX + "base-url", properties.getBaseUrl());
        ProviderSettings.checkResolved(PREFIX + "domain-id", properties.getDomainId());
        ProviderSettings.checkResolved(PREFIX + "domain-name", properties.getDomainName());
        if (!StringUtils.hasText(properties.getApiKey())) {
            throw new RoomTokenConfigurationException(PREFIX + "api-key", "is not set", "Set " + PREFIX
                    + "api-key to an API key of your Daily domain (Daily dashboard, Developers).");
        }
        String apiKey = properties.getApiKey().trim();
        URI baseUrl = ProviderSettings.baseUrl(PREFIX + "base-url", properties.getBaseUrl(),
                DailyTokenIssuer.DEFAULT_BASE_URL.toString(), allowInsecure);
        Duration tokenTtl = tokenTtl(properties.getTokenTtl());
        String domainName = domainName(trimmed(properties.getDomainName()));
        String domainId = trimmed(properties.getDomainId());
        if (properties.isSelfSigned() && domainId == null) {
            throw new RoomTokenConfigurationException(PREFIX + "domain-id", "is not set, but self-signed tokens need it",
                    "Set " + PREFIX + "domain-id to your domain's domain_id (GET " + DailyTokenIssuer.DEFAULT_BASE_URL
                            + "/ answers it), or leave " + PREFIX + "self-signed unset to request tokens from Daily.");
        }
        DailyTokenOptions defaults = defaults(properties.getDefaults());
        if (domainId != null) {
            DailyTokenIssuer selfSigning = selfSigning(apiKey, domainId, defaults);
            if (properties.isSelfSigned()) {
                checkSelfSignable(selfSigning);
            }
        }
        return new DailySettings(baseUrl, apiKey, properties.isSelfSigned(), domainId, domainName, tokenTtl,
                defaults);
    }

    private static @Nullable String trimmed(@Nullable String value) {
        return StringUtils.hasText(value) ? value.trim() : null;
    }

    private static Duration tokenTtl(Duration tokenTtl) {
        try {
            DailyTokenIssuer.builder().tokenTtl(tokenTtl);
            return tokenTtl;
        }
        catch (IllegalArgumentException ex) {
            throw new RoomTokenConfigurationException(PREFIX + "token-ttl",
                    "is " + text(tokenTtl) + ", not a positive whole number of seconds",
                    "Set " + PREFIX + "token-ttl to a positive whole number of seconds, such as 1h.");
        }
    }

    /** A duration as it is written in {@code application.yml}: {@code 0s}, {@code 1500ms}. */
    private static String text(Duration duration) {
        if (duration.getNano() % 1_000_000 != 0) {
            return duration.toString();
        }
        long millis = duration.toMillis();
        return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
    }

    private static @Nullable String domainName(@Nullable String domainName) {
        try {
            DailyTokenIssuer.builder().domainName(domainName);
            return domainName;
        }
        catch (IllegalArgumentException ex) {
            throw new RoomTokenConfigurationException(PREFIX + "domain-name",
                    "is not the name of a Daily domain: '" + domainName + "'", "Set " + PREFIX
                            + "domain-name to your domain's subdomain, such as example for https://example.daily.co "
                            + "(example.daily.co works too).");
        }
    }

    /** A self-signing issuer: building it checks the domain id as the issuer checks it. */
    private static DailyTokenIssuer selfSigning(String apiKey, String domainId, DailyTokenOptions defaults) {
        try {
            return DailyTokenIssuer.builder().apiKey(apiKey).selfSigned(true).domainId(domainId).defaults(defaults)
                .build();
        }
        catch (IllegalArgumentException ex) {
            throw new RoomTokenConfigurationException(PREFIX + "domain-id", "is not a UUID: '" + domainId + "'",
                    "Set " + PREFIX + "domain-id to your domain's domain_id, a UUID such as "
                            + "30f866c3-9123-452a-8723-ff58322d09c5 (GET " + DailyTokenIssuer.DEFAULT_BASE_URL
                            + "/ answers it).");
        }
    }

    /** Prepares, without signing, a token with the default options, as every request would. */
    private static void checkSelfSignable(DailyTokenIssuer selfSigning) {
        try {
            selfSigning.prepareCreate(TRIAL);
        }
        catch (InvalidRoomTokenRequestException ex) {
            String property = PREFIX + "defaults." + kebab(ex.field());
            throw new RoomTokenConfigurationException(property,
                    "cannot be self-signed: Daily gives it no abbreviation in self-signed tokens",
                    "Remove " + property + ", or leave " + PREFIX + "self-signed unset to request tokens from Daily.");
        }
    }

    private static DailyTokenOptions defaults(DailyProperties.Defaults defaults) {
        try {
            return DailyTokenOptions.builder()
                .owner(defaults.getOwner())
                .ejectAtTokenExp(defaults.getEjectAtTokenExp())
                .ejectAfterElapsed(defaults.getEjectAfterElapsed())
                .enableScreenshare(defaults.getEnableScreenshare())
                .startVideoOff(defaults.getStartVideoOff())
                .startAudioOff(defaults.getStartAudioOff())
                .enableRecording(defaults.getEnableRecording())
                .enablePrejoinUi(defaults.getEnablePrejoinUi())
                .enableLiveCaptionsUi(defaults.getEnableLiveCaptionsUi())
                .enableRecordingUi(defaults.getEnableRecordingUi())
                .enableTerseLogging(defaults.getEnableTerseLogging())
                .knocking(defaults.getKnocking())
                .startCloudRecording(defaults.getStartCloudRecording())
                .autoStartTranscription(defaults.getAutoStartTranscription())
                .closeTabOnExit(defaults.getCloseTabOnExit())
                .redirectOnMeetingExit(defaults.getRedirectOnMeetingExit())
                .lang(defaults.getLang())
                .build();
        }
        catch (InvalidRoomTokenRequestException ex) {
            String property = PREFIX + "defaults." + kebab(ex.field());
            throw new RoomTokenConfigurationException(property, ex.rule(), "Fix " + property + ": it " + ex.rule() + ".");
        }
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "DailySettings[mode=" + (this.selfSigned ? "self-signed" : "rest") + ", baseUrl=" + this.baseUrl
                + ", domainId=" + this.domainId + ", domainName=" + this.domainName + ", tokenTtl=" + this.tokenTtl
                + ", apiKey=******]";
    }
}
