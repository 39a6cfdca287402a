package dev.roomtoken;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The provider answered, but not with a token: it refused the credentials or the request, failed
 * on its side, or sent something that is not a token response. Carries the HTTP status and the
 * provider's own error code and message where it gave them.
 *
 * @since 0.1.0
 */
public class RoomTokenProviderException extends RoomTokenException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status the provider answered with. */
    private final int statusCode;

    /** The provider's own error code, if it gave one. */
    private final @Nullable String errorCode;

    /** The provider's own error message, masked and cut, if it gave one. */
    private final @Nullable String providerMessage;

    /** The request attribute the provider named as wrong, if it named one. */
    private final @Nullable String attribute;

    /** The provider's Retry-After, clamped, if it gave one. */
    private final @Nullable Duration retryAfter;

    /** Whether the answer was refused by the client rather than by the provider. */
    private final boolean unusable;

    /**
     * Creates an exception for a provider's error answer.
     * @param provider the provider's name
     * @param statusCode the HTTP status of the answer
     * @param errorCode the provider's own error code, if its body had one
     * @param providerMessage the provider's own error message, if its body had one
     * @param attribute the request field the provider blamed, if it named one
     * @param summary what happened, in words, when the body did not say
     */
    public RoomTokenProviderException(String provider, int statusCode, @Nullable String errorCode,
            @Nullable String providerMessage, @Nullable String attribute, String summary) {
        this(provider, statusCode, errorCode, providerMessage, attribute, summary, null);
    }

    /**
     * Creates an exception for a provider's error answer that said when to try again.
     * @param provider the provider's name
     * @param statusCode the HTTP status of the answer
     * @param errorCode the provider's own error code, if its body had one
     * @param providerMessage the provider's own error message, if its body had one
     * @param attribute the request field the provider blamed, if it named one
     * @param summary what happened, in words, when the body did not say
     * @param retryAfter the wait from the answer's {@code Retry-After} header, if it had one
     */
    public RoomTokenProviderException(String provider, int statusCode, @Nullable String errorCode,
            @Nullable String providerMessage, @Nullable String attribute, String summary,
            @Nullable Duration retryAfter) {
        this(provider, statusCode, errorCode, providerMessage, attribute, summary, retryAfter, false);
    }

    private RoomTokenProviderException(String provider, int statusCode, @Nullable String errorCode,
            @Nullable String providerMessage, @Nullable String attribute, String summary,
            @Nullable Duration retryAfter, boolean unusable) {
        super(provider, message(provider, statusCode, errorCode, providerMessage, attribute, summary), null);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.providerMessage = providerMessage;
        this.attribute = attribute;
        this.retryAfter = retryAfter;
        this.unusable = unusable;
    }

    /**
     * Creates an exception for an answer the client refuses to use, whatever its status: a
     * redirect, an answer over the size limit, a success that carries no usable token. Sending the
     * same request again would get the same answer, so it is never retried.
     * @param provider the provider's name
     * @param statusCode the HTTP status of the answer
     * @param summary what was wrong with the answer, free of secrets and of the answer's content
     * @return the exception
     * @since 0.1.0
     */
    public static RoomTokenProviderException unusableAnswer(String provider, int statusCode, String summary) {
        return new RoomTokenProviderException(provider, statusCode, null, null, null, summary, null, true);
    }

    private static String message(String provider, int statusCode, @Nullable String errorCode,
            @Nullable String providerMessage, @Nullable String attribute, String summary) {
        StringBuilder message = new StringBuilder(provider).append(" answered HTTP ").append(statusCode);
        if (errorCode != null) {
            message.append(" [").append(errorCode).append(']');
        }
        message.append(": ").append((providerMessage != null) ? providerMessage : summary);
        if (attribute != null) {
            message.append(" (attribute ").append(attribute).append(')');
        }
        return message.toString();
    }

    /**
     * The HTTP status of the provider's answer.
     * @return the status code, for example 401 or 422
     */
    public int statusCode() {
        return this.statusCode;
    }

    /**
     * The provider's own error code.
     * @return the code, or {@code null} if the answer had none
     */
    public @Nullable String errorCode() {
        return this.errorCode;
    }

    /**
     * The provider's own error message.
     * @return the message, or {@code null} if the answer had none
     */
    public @Nullable String providerMessage() {
        return this.providerMessage;
    }

    /**
     * The request field the provider blamed.
     * @return the provider's name for the field, or {@code null} if it named none
     */
    public @Nullable String attribute() {
        return this.attribute;
    }

    @Override
    public @Nullable Duration retryAfter() {
        return this.retryAfter;
    }

    /**
     * Whether the provider's answer is one that may change on a later try: HTTP 408, 429 and the
     * 5xx server errors, unless the client refused the answer itself (see
     * {@link #unusableAnswer(String, int, String)}).
     * @return {@code true} for transient answers
     */
    @Override
    public boolean isRetryable() {
        return !this.unusable && (this.statusCode == 408 || this.statusCode == 429 || this.statusCode >= 500);
    }
}
