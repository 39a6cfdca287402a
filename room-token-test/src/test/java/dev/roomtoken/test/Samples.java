package dev.roomtoken.test;

import java.util.SplittableRandom;

/**
 * Generates test inputs from a fixed seed, biased towards the edges of each rule, so a property
 * test is reproducible and still reaches both sides of every bound. Shared through this module's
 * test-jar.
 */
public final class Samples {

    /** Characters a room name may hold, and some it may not. */
    public static final String ROOM_CHARACTERS = "abcXYZ019_-";

    /** Characters of every kind: spaces, accents, a slash, an emoji, a tab. */
    public static final String ANY_CHARACTERS = "abcXYZ019_- .é/ñ😀\t";

    private final SplittableRandom random;

    /**
     * Samples from a seed.
     * @param seed the seed
     */
    public Samples(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * A length near one of the given edges, or anywhere up to the last edge plus ten.
     * @param edges the edges, ascending
     * @return the length
     */
    public int lengthNear(int... edges) {
        if (this.random.nextInt(3) == 0) {
            return this.random.nextInt(edges[edges.length - 1] + 10);
        }
        int edge = edges[this.random.nextInt(edges.length)];
        return Math.max(0, edge + this.random.nextInt(-3, 4));
    }

    /**
     * A string of the given length in Unicode code points, the unit providers' limits count in,
     * so an emoji is never cut in half.
     * @param characters the characters to draw from
     * @param length the length in code points
     * @return the string
     */
    public String string(String characters, int length) {
        int[] codePoints = characters.codePoints().toArray();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < length; i++) {
            value.appendCodePoint(codePoints[this.random.nextInt(codePoints.length)]);
        }
        return value.toString();
    }

    /**
     * Mostly characters of the allowed set, sometimes one from anywhere.
     * @param allowed the allowed characters
     * @param length the length in code points
     * @return the string
     */
    public String mostly(String allowed, int length) {
        return (this.random.nextInt(4) == 0) ? string(ANY_CHARACTERS, length) : string(allowed, length);
    }

    /**
     * A number in a range.
     * @param min the least, included
     * @param max the most, included
     * @return the number
     */
    public long between(long min, long max) {
        return this.random.nextLong(min, max + 1);
    }

    /**
     * A chance.
     * @param inEvery one in how many
     * @return {@code true} once in {@code inEvery} times on average
     */
    public boolean chance(int inEvery) {
        return this.random.nextInt(inEvery) == 0;
    }

    /**
     * One of some values.
     * @param <T> their type
     * @param values the values
     * @return one of them
     */
    public <T> T oneOf(T[] values) {
        return values[this.random.nextInt(values.length)];
    }
}
