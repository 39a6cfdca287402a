package dev.roomtoken.test;

import java.util.SplittableRandom;

/**
 * Generates test inputs from a fixed seed, biased towards the edges of each rule, so a property
 * test is reproducible and still reaches both sides of every bound.
 */
final class Samples {

    static final String ROOM_CHARACTERS = "abcXYZ019_-";

    static final String ANY_CHARACTERS = "abcXYZ019_- .é/ñ😀\t";

    private final SplittableRandom random;

    Samples(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A length near one of the given edges, or anywhere up to the last edge plus ten. */
    int lengthNear(int... edges) {
        if (this.random.nextInt(3) == 0) {
            return this.random.nextInt(edges[edges.length - 1] + 10);
        }
        int edge = edges[this.random.nextInt(edges.length)];
        return Math.max(0, edge + this.random.nextInt(-3, 4));
    }

    /**
     * A string of the given length in Unicode code points, the unit SignalWire's limits count in,
     * so an emoji is never cut in half.
     */
    String string(String characters, int length) {
        int[] codePoints = characters.codePoints().toArray();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < length; i++) {
            value.appendCodePoint(codePoints[this.random.nextInt(codePoints.length)]);
        }
        return value.toString();
    }

    /** Mostly characters of the allowed set, sometimes one from anywhere. */
    String mostly(String allowed, int length) {
        return (this.random.nextInt(4) == 0) ? string(ANY_CHARACTERS, length) : string(allowed, length);
    }

    long between(long min, long max) {
        return this.random.nextLong(min, max + 1);
    }

    boolean chance(int inEvery) {
        return this.random.nextInt(inEvery) == 0;
    }

    <T> T oneOf(T[] values) {
        return values[this.random.nextInt(values.length)];
    }
}
