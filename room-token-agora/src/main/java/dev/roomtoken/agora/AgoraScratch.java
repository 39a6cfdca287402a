package dev.roomtoken.agora;

import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Deflater;

import javax.crypto.Mac;

/**
 * What minting one token works with, kept for the next one: an HMAC-SHA256 instance, a zlib
 * deflater at the default level (the one Agora's builders use, so the output is the same byte for
 * byte) and two buffers. Creating a deflater allocates zlib's native state, which costs more than
 * the rest of a token, so a small pool keeps a few; one scratch serves one thread at a time.
 */
final class AgoraScratch {

    /** Room for a token of the largest channel name and user account Agora allows. */
    private static final int INITIAL_CAPACITY = 512;

    final Mac mac;

    final Deflater deflater = new Deflater();

    /** The packed content: signature length, signature, signing info. */
    byte[] content = new byte[INITIAL_CAPACITY];

    /** The deflated content. */
    byte[] deflated = new byte[INITIAL_CAPACITY];

    private AgoraScratch() {
        try {
            this.mac = Mac.getInstance("HmacSHA256");
        }
        catch (NoSuchAlgorithmException ex) {
            this.deflater.end();
            throw new IllegalStateException("HmacSHA256 is not available", ex);
        }
    }

    /**
     * Makes sure the content buffer holds a number of bytes.
     * @param length the bytes needed
     */
    void ensureContent(int length) {
        if (this.content.length < length) {
            this.content = new byte[length];
        }
    }

    /**
     * Makes sure the deflated buffer holds a number of bytes, keeping what it has.
     * @param length the bytes needed
     */
    void ensureDeflated(int length) {
        if (this.deflated.length < length) {
            this.deflated = Arrays.copyOf(this.deflated, Math.max(length, this.deflated.length * 2));
        }
    }

    /**
     * A few scratches for the threads minting tokens at the same time. Thread-safe.
     */
    static final class Pool {

        private final BlockingQueue<AgoraScratch> idle;

        /**
         * Creates a pool that keeps up to a number of idle scratches.
         * @param capacity the most idle scratches kept
         */
        Pool(int capacity) {
            this.idle = new ArrayBlockingQueue<>(capacity);
        }

        /**
         * Takes an idle scratch, or creates one.
         * @return a scratch for this thread alone until it is given back
         */
        AgoraScratch take() {
            AgoraScratch scratch = this.idle.poll();
            return (scratch != null) ? scratch : new AgoraScratch();
        }

        /**
         * Gives a scratch back after a token was minted with it; one beyond the pool's capacity
         * releases its deflater at once.
         * @param scratch the scratch
         */
        void giveBack(AgoraScratch scratch) {
            scratch.deflater.reset();
            if (!this.idle.offer(scratch)) {
                scratch.deflater.end();
            }
        }

        /**
         * Releases a scratch that failed midway instead of giving it back.
         * @param scratch the scratch
         */
        void discard(AgoraScratch scratch) {
            scratch.deflater.end();
        }
    }
}
