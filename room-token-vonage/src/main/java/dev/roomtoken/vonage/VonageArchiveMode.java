package dev.roomtoken.vonage;

/**
 * Whether a Vonage Video session is archived (recorded) on its own, as {@code POST /session/create}
 * takes it in its {@code archiveMode} parameter.
 *
 * @since 0.1.0
 */
public enum VonageArchiveMode {

    /** Archived only when the application starts an archive. Vonage's default. */
    MANUAL("manual"),

    /** Archived from the first published stream on; needs {@link VonageMediaMode#ROUTED}. */
    ALWAYS("always");

    private final String parameter;

    VonageArchiveMode(String parameter) {
        this.parameter = parameter;
    }

    /**
     * The mode as the {@code archiveMode} parameter writes it.
     * @return {@code manual} or {@code always}
     */
    public String parameter() {
        return this.parameter;
    }
}
