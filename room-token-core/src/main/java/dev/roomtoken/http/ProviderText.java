package dev.roomtoken.http;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Makes a provider's own words safe to put in a message, a log line or a problem answer: every
 * secret the call sent (an API key, an encoded credential, a refresh token) is masked, since a
 * provider or a proxy may echo the request back, and the text is cut to a sane length. Immutable.
 *
 * @since 0.1.0
 */
public final class ProviderText {

    /** The most characters of a provider's text that are kept. */
    public static final int MAX_LENGTH = 500;

    /** What stands in for a secret. */
    static final String MASK = "******";

    /** Shorter values are not masked: they would mask ordinary words, and are no real secret. */
    private static final int MIN_SECRET_LENGTH = 4;

    private static final ProviderText NONE = new ProviderText(List.of());

    private final List<String> secrets;

    private ProviderText(List<String> secrets) {
        this.secrets = secrets;
    }

    /**
     * Text cleaning that masks the given secrets.
     * @param secrets the secrets a call sends; {@code null} and short values are ignored
     * @return the cleaning
     */
    public static ProviderText masking(@Nullable String... secrets) {
        return NONE.and(secrets);
    }

    /**
     * This cleaning, masking more secrets as well, such as one that only one call sends.
     * @param secrets further secrets; {@code null} and short values are ignored
     * @return the cleaning
     */
    public ProviderText and(@Nullable String... secrets) {
        List<String> all = new ArrayList<>(this.secrets);
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SECRET_LENGTH && !all.contains(secret)) {
                all.add(secret);
            }
        }
        // longest first, so that a secret containing another is masked whole
        all.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return new ProviderText(List.copyOf(all));
    }

    /**
     * Cleans a provider's text.
     * @param text the text, such as an error message from the provider's answer
     * @return the text with every secret masked, cut to {@link #MAX_LENGTH} characters, or
     * {@code null} for {@code null}
     */
    public @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : this.secrets) {
            masked = masked.replace(secret, MASK);
        }
        if (masked.length() <= MAX_LENGTH) {
            return masked;
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(masked.charAt(end - 1))) {
            end--;
        }
        return masked.substring(0, end) + "… (" + (masked.length() - end) + " more characters)";
    }

    @Override
    public String toString() {
        return "ProviderText[masking " + this.secrets.size() + " secrets]";
    }
}
