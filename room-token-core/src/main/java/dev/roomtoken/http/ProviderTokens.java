package dev.roomtoken.http;

import dev.roomtoken.RoomTokenProviderException;
import org.jspecify.annotations.Nullable;

/**
 * Checks a token read from a provider's answer before it is handed to a caller, who will hand it
 * to a browser: it must be a JSON string, of bounded length, made only of the characters that
 * providers' tokens use (base64 and base64url, with {@code .} between a JWT's parts). Anything
 * else is a broken or hostile answer, refused without quoting it.
 *
 * @since 0.1.0
 */
public final class ProviderTokens {

    /** The longest token accepted, in characters. Real tokens are a few hundred to a few thousand. */
    public static final int MAX_LENGTH = 16 * 1024;

    private ProviderTokens() {
    }

    /**
     * Checks a token.
     * @param response the answer it came in
     * @param provider the provider's name
     * @param field where in the answer it was, for the message, such as {@code data.token}
     * @param value what the answer held there, as its JSON reader read it
     * @return the token
     * @throws RoomTokenProviderException if it is no token, never retried
     */
    public static String check(ProviderResponse response, String provider, String field, @Nullable Object value) {
        String problem = problem(value);
        if (problem != null || !(value instanceof String token)) {
            throw RoomTokenProviderException.unusableAnswer(provider, response.statusCode(),
                    "the answer is not a token response: '" + field + "' " + problem);
        }
        return token;
    }

    /**
     * Checks a token that an answer may leave out, such as a refresh token.
     * @param response the answer it came in
     * @param provider the provider's name
     * @param field where in the answer it was
     * @param value what the answer held there, or {@code null}
     * @return the token, or {@code null} if the answer had none
     * @throws RoomTokenProviderException if it is there but no token
     */
    public static @Nullable String checkOptional(ProviderResponse response, String provider, String field,
            @Nullable Object value) {
        return (value != null) ? check(response, provider, field, value) : null;
    }

    private static @Nullable String problem(@Nullable Object value) {
        if (value == null) {
            return "is missing";
        }
        if (!(value instanceof String token)) {
            return "is not a string";
        }
        if (token.isEmpty()) {
            return "is empty";
        }
        if (token.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < token.length(); i++) {
            if (!isTokenCharacter(token.charAt(i))) {
                return "has a character no token has (at index " + i + ")";
            }
        }
        return null;
    }

    private static boolean isTokenCharacter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.' || c == '+' || c == '/' || c == '=' || c == '~';
    }
}
