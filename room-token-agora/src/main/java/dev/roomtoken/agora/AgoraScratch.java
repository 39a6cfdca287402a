package dev.roomtoken.agora;

import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import javax.crypto.Mac;

/**
 * What minting one token works with, kept for the next one: an HMAC-SHA256 instance, the deflate
 * state (a 32K-entry hash table among others) and the buffers. A small pool keeps a few; one
 * scratch serves one thread at a time.
 */
final class AgoraScratch {

    /** Room for a token of the largest channel name and user account Agora allows. */
    private static final int INITIAL_CAPACITY = 512;

    final Mac mac;

    final AgoraDeflate deflate = new AgoraDeflate();

    /** The packed content (signature length, signature, signing info), then zeros for deflate. */
    byte[] content = new byte[INITIAL_CAPACITY + AgoraDeflate.PADDING];

    /** The deflated content. */
    byte[] deflated = new byte[2 * INITIAL_CAPACITY];

    private AgoraScratch() {
        try {
            this.mac = Mac.getInstance("HmacSHA256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("HmacSHA256 is not available", ex);
        }
    }

    /**
     * Makes sure the content buffer holds a number of bytes and the zeros that deflate reads
     * after them.
     * @param length the bytes needed
     */
    void ensureContent(int length) {
        if (this.content.length < length + AgoraDeflate.PADDING) {
            this.content = new byte[length + AgoraDeflate.PADDING];
        }
    }

    /**
     * Makes sure the deflated buffer holds what deflating content of a length can take.
     * @param contentLength the content's length
     */
    void ensureDeflated(int contentLength) {
        int bound = contentLength + contentLength / 8 + 64;
        if (this.deflated.length < bound) {
            this.deflated = new byte[bound];
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
         * Gives a scratch back after a token was minted with it; one beyond the pool's capacity is
         * left to the garbage collector.
         * @param scratch the scratch
         */
        void giveBack(AgoraScratch scratch) {
            this.idle.offer(scratch);
        }
    }
}
