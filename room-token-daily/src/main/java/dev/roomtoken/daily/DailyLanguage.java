package dev.roomtoken.daily;

/**
 * The languages of Daily Prebuilt's user interface that a token can set, Daily's {@code lang}
 * ("Options: da, de, en, es, fi, fr, it, jp, ka, nl, no, pt, pt-BR, pl, ru, sv, tr, user";
 * Norwegian and Russian only in the new Daily Prebuilt;
 * <a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">create meeting token</a>).
 *
 * @since 0.1.0
 */
public enum DailyLanguage {

    /** Danish. */
    DA("da"),

    /** German. */
    DE("de"),

    /** English, Daily's default. */
    EN("en"),

    /** Spanish. */
    ES("es"),

    /** Finnish. */
    FI("fi"),

    /** French. */
    FR("fr"),

    /** Italian. */
    IT("it"),

    /** Japanese ({@code jp}, as Daily writes it). */
    JP("jp"),

    /** Georgian. */
    KA("ka"),

    /** Dutch. */
    NL("nl"),

    /** Norwegian. */
    NO("no"),

    /** Portuguese. */
    PT("pt"),

    /** Brazilian Portuguese. */
    PT_BR("pt-BR"),

    /** Polish. */
    PL("pl"),

    /** Russian. */
    RU("ru"),

    /** Swedish. */
    SV("sv"),

    /** Turkish. */
    TR("tr"),

    /** The language of the user's browser. */
    USER("user");

    private final String wireValue;

    DailyLanguage(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The string Daily expects.
     * @return for example {@code pt-BR}
     */
    public String wireValue() {
        return this.wireValue;
    }
}
