package dev.roomtoken.autoconfigure;

/**
 * Settings that cannot work: names the property, what is wrong with it and what to set. Reported
 * at start-up by {@link RoomTokenConfigurationFailureAnalyzer}. Never carries a secret's value.
 *
 * @since 0.1.0
 */
public class RoomTokenConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The property that cannot work, by its full name. */
    private final String property;

    /** What to set instead. */
    private final String action;

    /**
     * Creates an exception for a property.
     * @param property the property, for example {@code roomtoken.signalwire.api-token}
     * @param problem what is wrong, for example {@code is not set}
     * @param action what to set
     */
    public RoomTokenConfigurationException(String property, String problem, String action) {
        super(property + " " + problem);
        this.property = property;
        this.action = action;
    }

    /**
     * The property at fault.
     * @return the property's name
     */
    public String property() {
        return this.property;
    }

    /**
     * What to set.
     * @return the fix, in words
     */
    public String action() {
        return this.action;
    }
}
