package dev.roomtoken;

/**
 * A request that cannot succeed: a field breaks a rule of the API or of the provider. It is
 * raised before anything is sent, and names the field and the rule.
 *
 * @since 0.1.0
 */
public class InvalidRoomTokenRequestException extends RoomTokenException {

    private static final long serialVersionUID = 1L;

    /** The field of the request that breaks a rule. */
    private final String field;

    /** The rule it breaks. */
    private final String rule;

    /**
     * Creates an exception for a field that breaks a rule.
     * @param field the field as the Java API names it, for example {@code roomName} or
     * {@code signalWire.roomDisplayName}
     * @param rule the rule it breaks, for example {@code must be at most 100 characters}
     */
    public InvalidRoomTokenRequestException(String field, String rule) {
        super(null, field + " " + rule, null);
        this.field = field;
        this.rule = rule;
    }

    /**
     * The field that breaks a rule.
     * @return the field's name
     */
    public String field() {
        return this.field;
    }

    /**
     * The rule the field breaks.
     * @return the rule, worded to follow the field's name
     */
    public String rule() {
        return this.rule;
    }

    /**
     * Never: the same request would be refused again.
     * @return {@code false}
     */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
