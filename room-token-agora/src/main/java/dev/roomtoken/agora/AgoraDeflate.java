package dev.roomtoken.agora;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Deflate in the zlib format, writing exactly the bytes that zlib's {@code deflate} writes at the
 * default level (6) for a whole input compressed at once ({@code Z_FINISH}) by a fresh stream, as
 * {@code java.util.zip.Deflater} does in Agora's token builder, so that our tokens equal theirs byte
 * for byte; and faster than zlib through JNI for the hundred-odd bytes of a token, mostly because
 * a cheap lower bound of a dynamic block's length usually shows the fixed block shorter, so that
 * the dynamic trees, most of zlib's work on such an input, are not built at all.
 *
 * <p>Exactness means following zlib's choices, not only the format: the lazy LZ77 matching of
 * zlib's {@code deflate_slow} with level 6's parameters (good 8, lazy 16, nice 128, chain 128), its
 * 15-bit rolling hash, its chains that never reach position 0, its match search that compares from
 * the fourth byte and reads up to 258 zero bytes past the input; then the choice between a stored, a
 * fixed-Huffman and a dynamic-Huffman block by the lengths each would take, for which the dynamic
 * trees are built as zlib builds them (heap order, ties broken by depth, code lengths of the
 * code-length tree, lengths past the maximum moved down the tree), and a dynamic block's trees
 * written as zlib writes them. An input longer than {@link #MAX_INPUT} is declined: {@link #deflate}
 * says so and the caller uses {@code java.util.zip.Deflater}. Not thread-safe: one instance per
 * thread at a time.
 */
final class AgoraDeflate {

    /**
     * The longest input written here, several times a token's content: it fits one block and one
     * window, and no match in it is farther than zlib's TOO_FAR (4096), so neither limit applies.
     */
    static final int MAX_INPUT = 4096;

    /** The zero bytes an input needs after it: zlib's match search reads up to 258 bytes past it. */
    static final int PADDING = 258;

    private static final int MIN_MATCH = 3;

    private static final int MAX_MATCH = 258;

    private static final int GOOD_LENGTH = 8;

    private static final int MAX_LAZY = 16;

    private static final int NICE_LENGTH = 128;

    private static final int MAX_CHAIN = 128;

    private static final int HASH_MASK = (1 << 15) - 1;

    private static final int HASH_SHIFT = 5;

    private static final int LITERALS = 256;

    private static final int END_BLOCK = 256;

    private static final int L_CODES = LITERALS + 1 + 29;

    private static final int D_CODES = 30;

    private static final int BL_CODES = 19;

    private static final int HEAP_SIZE = 2 * L_CODES + 1;

    /** Frequencies below this are sorted by counting; the few above by comparison. */
    private static final int SMALL_FREQUENCY = 64;

    /** The bits of a heap key below the frequency that hold the depth (at most 2 * 286 - 1 < 2^10). */
    private static final int DEPTH_BITS = 10;

    private static final int DEPTH_MASK = (1 << DEPTH_BITS) - 1;

    private static final int[] EXTRA_LBITS = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4,
            4, 5, 5, 5, 5, 0 };

    private static final int[] EXTRA_DBITS = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
            10, 11, 11, 12, 12, 13, 13 };

    private static final int[] EXTRA_BLBITS = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7 };

    /** The order in which the code-length code lengths are sent (RFC 1951, 3.2.7). */
    private static final int[] BL_ORDER = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

    private static final int REP_3_6 = 16;

    /**
     * For k = floor(log2(number of codes)): the least index in {@link #BL_ORDER} that the last sent
     * code-length code length can have, since some code length is k or shorter (lengths 1 to 8 are
     * at indices 17, 15, 13, 11, 9, 7, 5, 4).
     */
    private static final int[] MIN_MAX_BL_INDEX = { 3, 17, 15, 13, 11, 9, 7, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4 };

    private static final int REPZ_3_10 = 17;

    private static final int REPZ_11_138 = 18;

    /** The length code (0 to 28) of each match length less 3. */
    private static final int[] LENGTH_CODE = new int[256];

    private static final int[] BASE_LENGTH = new int[29];

    /** The distance code of each distance less 1 below 256, then of each distance less 1 shifted by 7. */
    private static final int[] DIST_CODE = new int[512];

    private static final int[] BASE_DIST = new int[D_CODES];

    /** The fixed Huffman code lengths of the literal/length and distance alphabets (RFC 1951, 3.2.6). */
    private static final int[] STATIC_LTREE_LEN = new int[L_CODES + 2];

    /** The fixed literal/length codes, bit-reversed so that they are written least significant bit first. */
    private static final int[] STATIC_LTREE_CODE = new int[L_CODES + 2];

    private static final int[] STATIC_DTREE_LEN = new int[D_CODES];

    private static final int[] STATIC_DTREE_CODE = new int[D_CODES];

    static {
        int length = 0;
        for (int code = 0; code < 28; code++) {
            BASE_LENGTH[code] = length;
            for (int n = 0; n < (1 << EXTRA_LBITS[code]); n++) {
                LENGTH_CODE[length++] = code;
            }
        }
        // a match of 258 has a code of its own (285) rather than 284 with 31 extra
        LENGTH_CODE[255] = 28;
        int dist = 0;
        int code = 0;
        for (; code < 16; code++) {
            BASE_DIST[code] = dist;
            for (int n = 0; n < (1 << EXTRA_DBITS[code]); n++) {
                DIST_CODE[dist++] = code;
            }
        }
        dist >>= 7;
        for (; code < D_CODES; code++) {
            BASE_DIST[code] = dist << 7;
            for (int n = 0; n < (1 << (EXTRA_DBITS[code] - 7)); n++) {
                DIST_CODE[256 + dist++] = code;
            }
        }
        int[] count = new int[16];
        for (int n = 0; n < L_CODES + 2; n++) {
            STATIC_LTREE_LEN[n] = (n <= 143) ? 8 : (n <= 255) ? 9 : (n <= 279) ? 7 : 8;
            count[STATIC_LTREE_LEN[n]]++;
        }
        assignCodes(STATIC_LTREE_LEN, STATIC_LTREE_CODE, L_CODES + 1, count);
        for (int n = 0; n < D_CODES; n++) {
            STATIC_DTREE_LEN[n] = 5;
            STATIC_DTREE_CODE[n] = reverse(n, 5);
        }
    }

    // the LZ77 state
    private final char[] head = new char[HASH_MASK + 1];

    private final char[] prev = new char[MAX_INPUT];

    private final char[] touched = new char[MAX_INPUT];

    private int touchedCount;

    /** The symbols: a literal byte (distance 0) or a match's distance and length less 3. */
    private final char[] symDist = new char[MAX_INPUT];

    private final char[] symLc = new char[MAX_INPUT];

    private int symCount;

    private int matchStart;

    // the Huffman trees, as zlib builds them to weigh a dynamic block
    private final int[] lFreq = new int[HEAP_SIZE];

    private final int[] dFreq = new int[HEAP_SIZE];

    private final int[] blFreq = new int[HEAP_SIZE];

    private final int[] lLen = new int[HEAP_SIZE];

    private final int[] dLen = new int[HEAP_SIZE];

    private final int[] blLen = new int[HEAP_SIZE];

    private final int[] lCode = new int[HEAP_SIZE];

    /** Which literal/length symbols the input uses, a bit each: what the trees and bounds iterate. */
    private final long[] usedSymbols = new long[(L_CODES + 63) / 64];

    /** How many used symbols have each small frequency, to sort frequencies by counting. */
    private final int[] frequencyCounts = new int[SMALL_FREQUENCY];

    private final int[] sortedFreq = new int[L_CODES];

    private final int[] mergedFreq = new int[L_CODES];

    private final int[] codeCounts = new int[4];

    private boolean treesBuilt;

    private final int[] dCode = new int[HEAP_SIZE];

    private final int[] blCode = new int[HEAP_SIZE];

    private final int[] dad = new int[HEAP_SIZE];

    /** Each node's frequency shifted above its depth in the tree: zlib's heap order in one int. */
    private final int[] key = new int[HEAP_SIZE];

    private final int[] heap = new int[HEAP_SIZE];

    private final int[] blCount = new int[16];

    private final int[] nextCode = new int[16];

    private int heapMax;

    private int maxCode;

    private int lMaxCode;

    private int dMaxCode;

    private int maxBlIndex;

    private long optLen;

    private long staticLen;

    // the bit writer
    private byte[] out = new byte[0];

    private int outAt;

    private long bitBuffer;

    private int bitCount;

    /** Whether the trees are built even where the lower bound shows them unneeded, for tests. */
    private final boolean alwaysBuildTrees;

    /**
     * Creates the state for deflating one input at a time.
     */
    AgoraDeflate() {
        this(false);
    }

    /**
     * Creates the state for deflating one input at a time.
     * @param alwaysBuildTrees whether to build the trees even where they are shown unneeded, so
     * that tests compare zlib's exact weighing on every input
     */
    AgoraDeflate(boolean alwaysBuildTrees) {
        this.alwaysBuildTrees = alwaysBuildTrees;
    }

    /**
     * Deflates an input as zlib would.
     * @param window the input, followed by at least {@link #PADDING} zero bytes
     * @param length the input's length
     * @param target where to write the zlib stream: at least {@code length + length / 8 + 16} bytes
     * @return the length of the zlib stream, or -1 for an input longer than {@link #MAX_INPUT},
     * which the caller must then leave to zlib
     */
    int deflate(byte[] window, int length, byte[] target) {
        if (length > MAX_INPUT) {
            return -1;
        }
        try {
            lz77(window, length);
            return flush(window, length, target);
        }
        finally {
            clearHeads();
        }
    }

    /** Empties the hash heads the last input set, for the next input. */
    private void clearHeads() {
        for (int i = 0; i < this.touchedCount; i++) {
            this.head[this.touched[i]] = 0;
        }
        this.touchedCount = 0;
    }

    /** zlib's deflate_slow over a whole input: lazy matching, each string hashed as it is passed. */
    private void lz77(byte[] w, int length) {
        this.symCount = 0;
        Arrays.fill(this.lFreq, 0, L_CODES, 0);
        Arrays.fill(this.dFreq, 0, D_CODES, 0);
        Arrays.fill(this.usedSymbols, 0);
        this.lFreq[END_BLOCK] = 1;
        this.usedSymbols[END_BLOCK >>> 6] |= 1L << END_BLOCK;
        this.matchStart = 0;
        int lookahead = length;
        int strstart = 0;
        int insH = 0;
        if (lookahead >= MIN_MATCH) {
            insH = ((w[0] & 0xff) << HASH_SHIFT ^ (w[1] & 0xff)) & HASH_MASK;
        }
        int matchLength = MIN_MATCH - 1;
        boolean matchAvailable = false;
        while (lookahead != 0) {
            int hashHead = 0;
            if (lookahead >= MIN_MATCH) {
                insH = ((insH << HASH_SHIFT) ^ (w[strstart + 2] & 0xff)) & HASH_MASK;
                hashHead = insert(strstart, insH);
            }
            int prevLength = matchLength;
            int prevMatch = this.matchStart;
            matchLength = MIN_MATCH - 1;
            if (hashHead != 0 && prevLength < MAX_LAZY) {
                matchLength = longestMatch(w, hashHead, strstart, lookahead, prevLength);
            }
            if (prevLength >= MIN_MATCH && matchLength <= prevLength) {
                int maxInsert = strstart + lookahead - MIN_MATCH;
                tallyMatch(strstart - 1 - prevMatch, prevLength - MIN_MATCH);
                lookahead -= prevLength - 1;
                for (int n = prevLength - 2; n != 0; n--) {
                    if (++strstart <= maxInsert) {
                        insH = ((insH << HASH_SHIFT) ^ (w[strstart + 2] & 0xff)) & HASH_MASK;
                        insert(strstart, insH);
                    }
                }
                matchAvailable = false;
                matchLength = MIN_MATCH - 1;
                strstart++;
            }
            else if (matchAvailable) {
                tallyLiteral(w[strstart - 1] & 0xff);
                strstart++;
                lookahead--;
            }
            else {
                matchAvailable = true;
                strstart++;
                lookahead--;
            }
        }
        if (matchAvailable) {
            tallyLiteral(w[strstart - 1] & 0xff);
        }
    }

    private int insert(int position, int hash) {
        int previous = this.head[hash];
        if (previous == 0) {
            this.touched[this.touchedCount++] = (char) hash;
        }
        this.prev[position] = (char) previous;
        this.head[hash] = (char) position;
        return previous;
    }

    /** zlib's longest_match: the chain walked from the nearest, the first longest match kept. */
    private int longestMatch(byte[] w, int curMatchStart, int strstart, int lookahead, int prevLength) {
        int chain = MAX_CHAIN;
        int bestLen = prevLength;
        int nice = Math.min(NICE_LENGTH, lookahead);
        byte scanEnd1 = w[strstart + bestLen - 1];
        byte scanEnd = w[strstart + bestLen];
        if (prevLength >= GOOD_LENGTH) {
            chain >>= 2;
        }
        int curMatch = curMatchStart;
        do {
            if (w[curMatch + bestLen] != scanEnd || w[curMatch + bestLen - 1] != scanEnd1
                    || w[curMatch] != w[strstart] || w[curMatch + 1] != w[strstart + 1]) {
                continue;
            }
            // the third bytes are equal since the hashes are; zlib compares from the fourth
            int len = 3;
            while (len < MAX_MATCH && w[strstart + len] == w[curMatch + len]) {
                len++;
            }
            if (len > bestLen) {
                this.matchStart = curMatch;
                bestLen = len;
                if (len >= nice) {
                    break;
                }
                scanEnd1 = w[strstart + bestLen - 1];
                scanEnd = w[strstart + bestLen];
            }
        }
        while ((curMatch = this.prev[curMatch]) > 0 && --chain != 0);
        return Math.min(bestLen, lookahead);
    }

    private void tallyLiteral(int literal) {
        this.symDist[this.symCount] = 0;
        this.symLc[this.symCount++] = (char) literal;
        if (this.lFreq[literal]++ == 0) {
            this.usedSymbols[literal >>> 6] |= 1L << literal;
        }
    }

    private void tallyMatch(int distance, int lengthLess3) {
        this.symDist[this.symCount] = (char) distance;
        this.symLc[this.symCount++] = (char) lengthLess3;
        int symbol = LENGTH_CODE[lengthLess3] + LITERALS + 1;
        if (this.lFreq[symbol]++ == 0) {
            this.usedSymbols[symbol >>> 6] |= 1L << symbol;
        }
        this.dFreq[distanceCode(distance - 1)]++;
    }

    private static int distanceCode(int distanceLess1) {
        return (distanceLess1 < 256) ? DIST_CODE[distanceLess1] : DIST_CODE[256 + (distanceLess1 >>> 7)];
    }

    /** zlib's _tr_flush_block for the last block, and the stream's header and trailer. */
    private int flush(byte[] window, int storedLength, byte[] target) {
        long staticBits = staticCost();
        long staticLenBytes = (staticBits + 3 + 7) >> 3;
        long optLenBytes;
        this.treesBuilt = this.alwaysBuildTrees || dynamicLowerBound() < staticBits;
        if (!this.treesBuilt) {
            // a dynamic block would take at least as long as a fixed one: zlib writes a fixed or stored block
            optLenBytes = staticLenBytes;
        }
        else {
            buildDynamicTrees();
            optLenBytes = Math.min((this.optLen + 3 + 7) >> 3, staticLenBytes);
        }
        this.out = target;
        this.outAt = 0;
        this.bitBuffer = 0;
        this.bitCount = 0;
        // zlib's header: deflate, a 32K window, the default level, no dictionary
        target[this.outAt++] = 0x78;
        target[this.outAt++] = (byte) 0x9C;
        if (storedLength + 4 <= optLenBytes) {
            sendBits(1, 3);
            windUp();
            target[this.outAt++] = (byte) storedLength;
            target[this.outAt++] = (byte) (storedLength >>> 8);
            target[this.outAt++] = (byte) ~storedLength;
            target[this.outAt++] = (byte) (~storedLength >>> 8);
            System.arraycopy(window, 0, target, this.outAt, storedLength);
            this.outAt += storedLength;
        }
        else if (staticLenBytes == optLenBytes) {
            sendBits(3, 3);
            compress(STATIC_LTREE_CODE, STATIC_LTREE_LEN, STATIC_DTREE_CODE, STATIC_DTREE_LEN);
            windUp();
        }
        else {
            sendBits(5, 3);
            sendAllTrees(this.lMaxCode + 1, this.dMaxCode + 1, this.maxBlIndex + 1);
            compress(this.lCode, this.lLen, this.dCode, this.dLen);
            windUp();
        }
        int adler = adler32(window, storedLength);
        target[this.outAt++] = (byte) (adler >>> 24);
        target[this.outAt++] = (byte) (adler >>> 16);
        target[this.outAt++] = (byte) (adler >>> 8);
        target[this.outAt++] = (byte) adler;
        return this.outAt;
    }

    /**
     * zlib's trees for a dynamic block, built as _tr_flush_block builds them: the literal/length and
     * distance trees, the code-length tree over their lengths, and the block's length in
     * {@code optLen}.
     */
    private void buildDynamicTrees() {
        this.optLen = 0;
        this.staticLen = 0;
        buildTree(this.lFreq, this.lLen, this.lCode, L_CODES, STATIC_LTREE_LEN, EXTRA_LBITS, LITERALS + 1, 15);
        this.lMaxCode = this.maxCode;
        buildTree(this.dFreq, this.dLen, this.dCode, D_CODES, STATIC_DTREE_LEN, EXTRA_DBITS, 0, 15);
        this.dMaxCode = this.maxCode;
        Arrays.fill(this.blFreq, 0, BL_CODES, 0);
        scanTree(this.lLen, this.lMaxCode);
        scanTree(this.dLen, this.dMaxCode);
        buildTree(this.blFreq, this.blLen, this.blCode, BL_CODES, null, EXTRA_BLBITS, 0, 7);
        int index = BL_CODES - 1;
        while (index >= 3 && this.blLen[BL_ORDER[index]] == 0) {
            index--;
        }
        this.maxBlIndex = index;
        this.optLen += 3L * (index + 1) + 5 + 5 + 4;
    }

    /** What the symbols take in a fixed-Huffman block, in bits, as zlib counts its static_len. */
    private long staticCost() {
        long bits = 0;
        long[] used = this.usedSymbols;
        for (int word = 0; word < used.length; word++) {
            for (long set = used[word]; set != 0; set &= set - 1) {
                int n = (word << 6) + Long.numberOfTrailingZeros(set);
                bits += (long) this.lFreq[n]
                        * (STATIC_LTREE_LEN[n] + ((n > LITERALS) ? EXTRA_LBITS[n - LITERALS - 1] : 0));
            }
        }
        for (int n = 0; n < D_CODES; n++) {
            bits += (long) this.dFreq[n] * (STATIC_DTREE_LEN[n] + EXTRA_DBITS[n]);
        }
        return bits;
    }

    /**
     * A lower bound of what zlib counts for a dynamic block (its opt_len), cheap enough to skip
     * building the trees when it already exceeds a fixed block. The literal/length codes cost at
     * least an optimal Huffman code's weighted length (every Huffman tree has it, zlib's too, and a
     * length limit only adds), each distance at least one bit, extra bits what they are. The header
     * takes its 14 bits and the 3-bit code-length code lengths up to the last used (a code of at most
     * floor(log2(symbols)) bits must exist, which places it), then the literal/length
     * code lengths coded with the code-length code: which symbols are unused is known, so the runs
     * of zeros and the codes scan_tree sends for them are too (explicit zeros, 17 and 18 with their
     * 3 and 7 extra bits); each run of used symbols takes at least the codes it would take were all
     * its lengths equal (unequal lengths take more codes; the repeats' extra bits are not counted,
     * since lengths that differ need no repeat); and those codes cost at least an optimal Huffman
     * code over these counts, all the used symbols' codes counted as one (splitting a weight never
     * lowers the cost).
     */
    private long dynamicLowerBound() {
        int[] counts = this.frequencyCounts;
        Arrays.fill(counts, 0);
        int[] large = this.sortedFreq;
        int largeCount = 0;
        int used = 0;
        int zeroCodes = 0;
        int rep3To10 = 0;
        int rep11To138 = 0;
        int usedCodes = 0;
        int run = 0;
        int previous = -1;
        long bits = 5 + 5 + 4;
        long[] usedSymbols = this.usedSymbols;
        for (int word = 0; word < usedSymbols.length; word++) {
            for (long set = usedSymbols[word]; set != 0; set &= set - 1) {
                int n = (word << 6) + Long.numberOfTrailingZeros(set);
                int zeros = n - previous - 1;
                previous = n;
                if (zeros > 0) {
                    usedCodes += usedRunCodes(run);
                    run = 0;
                    rep11To138 += zeros / 138;
                    int rest = zeros % 138;
                    if (rest <= 2) {
                        zeroCodes += rest;
                    }
                    else if (rest <= 10) {
                        rep3To10++;
                    }
                    else {
                        rep11To138++;
                    }
                }
                run++;
                used++;
                int f = this.lFreq[n];
                if (f < SMALL_FREQUENCY) {
                    counts[f]++;
                }
                else {
                    large[largeCount++] = f;
                }
                if (n > LITERALS) {
                    bits += (long) f * EXTRA_LBITS[n - LITERALS - 1];
                }
            }
        }
        usedCodes += usedRunCodes(run);
        if (used < 2) {
            return 0;
        }
        // some code is at most floor(log2(used)) bits long (else the code would not be complete), and
        // the code-length code lengths are sent up to the last one used in their order
        bits += 3L * (MIN_MAX_BL_INDEX[31 - Integer.numberOfLeadingZeros(used)] + 1);
        boolean distances = false;
        for (int n = 0; n < D_CODES; n++) {
            bits += (long) this.dFreq[n] * (1 + EXTRA_DBITS[n]);
            distances |= this.dFreq[n] != 0;
        }
        // the distance tree's lengths: one code at least, two lengths of 1 when it has no distance
        usedCodes += distances ? 1 : 2;
        bits += 3L * rep3To10 + 7L * rep11To138;
        // the frequencies in order: the small ones counted, then the few large ones sorted after them
        Arrays.sort(large, 0, largeCount);
        int[] weights = this.mergedFreq;
        System.arraycopy(large, 0, weights, used - largeCount, largeCount);
        int at = 0;
        for (int f = 1; f < SMALL_FREQUENCY && at < used - largeCount; f++) {
            for (int c = counts[f]; c > 0; c--) {
                weights[at++] = f;
            }
        }
        System.arraycopy(weights, 0, large, 0, used);
        bits += huffmanCost(large, used);
        int[] codes = this.codeCounts;
        int kinds = 0;
        kinds = addCount(codes, kinds, zeroCodes);
        kinds = addCount(codes, kinds, rep3To10);
        kinds = addCount(codes, kinds, rep11To138);
        kinds = addCount(codes, kinds, usedCodes);
        Arrays.sort(codes, 0, kinds);
        // with a single kind of code, zlib still gives it a one-bit code
        return bits + ((kinds < 2) ? usedCodes + zeroCodes + rep3To10 + rep11To138 : huffmanCost(codes, kinds));
    }

    private static int addCount(int[] counts, int kinds, int count) {
        if (count > 0) {
            counts[kinds] = count;
            return kinds + 1;
        }
        return kinds;
    }

    /**
     * The fewest code-length codes a run of used symbols takes, were all their lengths equal: one
     * each up to three, else one for the first length and a repeat (16) for every six after it.
     */
    private static int usedRunCodes(int run) {
        return (run <= 3) ? run : 1 + (run - 1 + 5) / 6;
    }

    /** The weighted length of a Huffman code for sorted weights: the sum of the merged weights. */
    private long huffmanCost(int[] sorted, int count) {
        int[] merged = this.mergedFreq;
        int leaf = 0;
        int head = 0;
        int tail = 0;
        long cost = 0;
        for (int merges = 1; merges < count; merges++) {
            int a = (leaf < count && (head == tail || sorted[leaf] <= merged[head])) ? sorted[leaf++] : merged[head++];
            int b = (leaf < count && (head == tail || sorted[leaf] <= merged[head])) ? sorted[leaf++] : merged[head++];
            cost += a + b;
            merged[tail++] = a + b;
        }
        return cost;
    }

    /**
     * For tests: the lower bound that lets a fixed block skip the trees, and what zlib counts for
     * the dynamic block (its opt_len) with the trees built; the bound must never exceed it.
     * @param window the input, followed by {@link #PADDING} zero bytes
     * @param length the input's length, at most {@link #MAX_INPUT}
     * @return the lower bound, then the dynamic block's length in bits
     */
    long[] dynamicCost(byte[] window, int length) {
        try {
            lz77(window, length);
        }
        finally {
            clearHeads();
        }
        long bound = dynamicLowerBound();
        buildDynamicTrees();
        return new long[] { bound, this.optLen };
    }

    /**
     * Whether the last input's dynamic trees were built, for tests: false where a fixed block was
     * shown cheaper without them.
     * @return whether the trees were built
     */
    boolean treesBuilt() {
        return this.treesBuilt;
    }

    /** zlib's compress_block: the symbols with the block's codes, then the end of the block. */
    private void compress(int[] lTreeCode, int[] lTreeLen, int[] dTreeCode, int[] dTreeLen) {
        for (int i = 0; i < this.symCount; i++) {
            int dist = this.symDist[i];
            int lc = this.symLc[i];
            if (dist == 0) {
                sendBits(lTreeCode[lc], lTreeLen[lc]);
                continue;
            }
            int code = LENGTH_CODE[lc];
            int symbol = code + LITERALS + 1;
            sendBits(lTreeCode[symbol], lTreeLen[symbol]);
            if (EXTRA_LBITS[code] != 0) {
                sendBits(lc - BASE_LENGTH[code], EXTRA_LBITS[code]);
            }
            dist--;
            code = distanceCode(dist);
            sendBits(dTreeCode[code], dTreeLen[code]);
            if (EXTRA_DBITS[code] != 0) {
                sendBits(dist - BASE_DIST[code], EXTRA_DBITS[code]);
            }
        }
        sendBits(lTreeCode[END_BLOCK], lTreeLen[END_BLOCK]);
    }

    /** zlib's send_all_trees: a dynamic block's header, its code-length code, then both trees. */
    private void sendAllTrees(int lCodes, int dCodes, int blCodes) {
        sendBits(lCodes - 257, 5);
        sendBits(dCodes - 1, 5);
        sendBits(blCodes - 4, 4);
        for (int rank = 0; rank < blCodes; rank++) {
            sendBits(this.blLen[BL_ORDER[rank]], 3);
        }
        sendTree(this.lLen, lCodes - 1);
        sendTree(this.dLen, dCodes - 1);
    }

    /** zlib's send_tree: a tree's code lengths, runs written as scanTree counted them. */
    private void sendTree(int[] len, int max) {
        int prevLen = -1;
        int nextLen = len[0];
        int count = 0;
        int maxCount = 7;
        int minCount = 4;
        if (nextLen == 0) {
            maxCount = 138;
            minCount = 3;
        }
        for (int n = 0; n <= max; n++) {
            int curLen = nextLen;
            nextLen = len[n + 1];
            if (++count < maxCount && curLen == nextLen) {
                continue;
            }
            else if (count < minCount) {
                do {
                    sendBits(this.blCode[curLen], this.blLen[curLen]);
                }
                while (--count != 0);
            }
            else if (curLen != 0) {
                if (curLen != prevLen) {
                    sendBits(this.blCode[curLen], this.blLen[curLen]);
                    count--;
                }
                sendBits(this.blCode[REP_3_6], this.blLen[REP_3_6]);
                sendBits(count - 3, 2);
            }
            else if (count <= 10) {
                sendBits(this.blCode[REPZ_3_10], this.blLen[REPZ_3_10]);
                sendBits(count - 3, 3);
            }
            else {
                sendBits(this.blCode[REPZ_11_138], this.blLen[REPZ_11_138]);
                sendBits(count - 11, 7);
            }
            count = 0;
            prevLen = curLen;
            if (nextLen == 0) {
                maxCount = 138;
                minCount = 3;
            }
            else if (curLen == nextLen) {
                maxCount = 6;
                minCount = 3;
            }
            else {
                maxCount = 7;
                minCount = 4;
            }
        }
    }

    /**
     * zlib's build_tree and gen_bitlen: a Huffman tree over a tree's frequencies, its code lengths,
     * and what its codes would cost, added to {@code optLen} and {@code staticLen}.
     */
    private void buildTree(int[] freq, int[] len, int[] code, int elems, int @Nullable [] staticTreeLen, int[] extra,
            int extraBase, int maxLength) {
        int[] heap = this.heap;
        int[] key = this.key;
        int heapLen = 0;
        int heapMax = HEAP_SIZE;
        int max = -1;
        for (int n = 0; n < elems; n++) {
            if (freq[n] != 0) {
                heap[++heapLen] = n;
                max = n;
                key[n] = freq[n] << DEPTH_BITS;
            }
            else {
                len[n] = 0;
            }
        }
        // a tree needs two codes: zlib adds codes of frequency 1, which it counts as costing nothing
        while (heapLen < 2) {
            int node = (max < 2) ? ++max : 0;
            heap[++heapLen] = node;
            freq[node] = 1;
            key[node] = 1 << DEPTH_BITS;
            this.optLen--;
            if (staticTreeLen != null) {
                this.staticLen -= staticTreeLen[node];
            }
        }
        for (int n = heapLen / 2; n >= 1; n--) {
            downHeap(heap, key, heapLen, n);
        }
        int node = elems;
        do {
            int n = heap[1];
            heap[1] = heap[heapLen--];
            downHeap(heap, key, heapLen, 1);
            int m = heap[1];
            heap[--heapMax] = n;
            heap[--heapMax] = m;
            int kn = key[n];
            int km = key[m];
            int depth = Math.max(kn & DEPTH_MASK, km & DEPTH_MASK) + 1;
            key[node] = ((kn >>> DEPTH_BITS) + (km >>> DEPTH_BITS)) << DEPTH_BITS | depth;
            this.dad[n] = node;
            this.dad[m] = node;
            heap[1] = node++;
            downHeap(heap, key, heapLen, 1);
        }
        while (heapLen >= 2);
        heap[--heapMax] = heap[1];
        this.heapMax = heapMax;
        genBitLengths(freq, len, max, staticTreeLen, extra, extraBase, maxLength);
        genCodes(len, code, max);
        this.maxCode = max;
    }

    /** zlib's gen_codes: the canonical codes of a tree's lengths, bit-reversed for writing. */
    private void genCodes(int[] len, int[] code, int max) {
        int[] next = this.nextCode;
        int value = 0;
        for (int bits = 1; bits < 16; bits++) {
            value = (value + this.blCount[bits - 1]) << 1;
            next[bits] = value;
        }
        for (int n = 0; n <= max; n++) {
            if (len[n] != 0) {
                code[n] = reverse(next[len[n]]++, len[n]);
            }
        }
    }

    /**
     * zlib's gen_bitlen: each code's length from its depth in the tree and what the codes cost;
     * lengths past the maximum are brought back to it as zlib does, moving leaves down the tree.
     */
    private void genBitLengths(int[] freq, int[] len, int max, int @Nullable [] staticTreeLen, int[] extra, int extraBase,
            int maxLength) {
        Arrays.fill(this.blCount, 0);
        len[this.heap[this.heapMax]] = 0;
        int overflow = 0;
        int h;
        for (h = this.heapMax + 1; h < HEAP_SIZE; h++) {
            int n = this.heap[h];
            int bits = len[this.dad[n]] + 1;
            if (bits > maxLength) {
                bits = maxLength;
                overflow++;
            }
            len[n] = bits;
            if (n > max) {
                continue;
            }
            this.blCount[bits]++;
            int xbits = (n >= extraBase) ? extra[n - extraBase] : 0;
            this.optLen += (long) freq[n] * (bits + xbits);
            if (staticTreeLen != null) {
                this.staticLen += (long) freq[n] * (staticTreeLen[n] + xbits);
            }
        }
        if (overflow == 0) {
            return;
        }
        do {
            int bits = maxLength - 1;
            while (this.blCount[bits] == 0) {
                bits--;
            }
            this.blCount[bits]--;
            this.blCount[bits + 1] += 2;
            this.blCount[maxLength]--;
            overflow -= 2;
        }
        while (overflow > 0);
        for (int bits = maxLength; bits != 0; bits--) {
            int n = this.blCount[bits];
            while (n != 0) {
                int m = this.heap[--h];
                if (m > max) {
                    continue;
                }
                if (len[m] != bits) {
                    this.optLen += (long) (bits - len[m]) * freq[m];
                    len[m] = bits;
                }
                n--;
            }
        }
    }

    /**
     * zlib's pqdownheap. zlib orders by frequency, and of two as frequent the shallower first
     * ({@code smaller}); a node's key, its frequency above its depth, orders the same way.
     */
    private static void downHeap(int[] heap, int[] key, int heapLen, int k) {
        int v = heap[k];
        int kv = key[v];
        int j = k << 1;
        while (j <= heapLen) {
            int child = heap[j];
            int kc = key[child];
            if (j < heapLen) {
                int right = heap[j + 1];
                int kr = key[right];
                if (kr <= kc) {
                    j++;
                    child = right;
                    kc = kr;
                }
            }
            if (kv <= kc) {
                break;
            }
            heap[k] = child;
            k = j;
            j <<= 1;
        }
        heap[k] = v;
    }

    /** zlib's scan_tree: how often each code-length code would be sent for a tree's lengths. */
    private void scanTree(int[] len, int max) {
        int prevLen = -1;
        int nextLen = len[0];
        int count = 0;
        int maxCount = 7;
        int minCount = 4;
        if (nextLen == 0) {
            maxCount = 138;
            minCount = 3;
        }
        len[max + 1] = 0xffff;
        for (int n = 0; n <= max; n++) {
            int curLen = nextLen;
            nextLen = len[n + 1];
            if (++count < maxCount && curLen == nextLen) {
                continue;
            }
            else if (count < minCount) {
                this.blFreq[curLen] += count;
            }
            else if (curLen != 0) {
                if (curLen != prevLen) {
                    this.blFreq[curLen]++;
                }
                this.blFreq[REP_3_6]++;
            }
            else if (count <= 10) {
                this.blFreq[REPZ_3_10]++;
            }
            else {
                this.blFreq[REPZ_11_138]++;
            }
            count = 0;
            prevLen = curLen;
            if (nextLen == 0) {
                maxCount = 138;
                minCount = 3;
            }
            else if (curLen == nextLen) {
                maxCount = 6;
                minCount = 3;
            }
            else {
                maxCount = 7;
                minCount = 4;
            }
        }
    }

    /** Writes bits least significant first, as zlib's send_bits does, four bytes at a time. */
    private void sendBits(int value, int length) {
        this.bitBuffer |= (long) value << this.bitCount;
        this.bitCount += length;
        if (this.bitCount >= 32) {
            byte[] target = this.out;
            int at = this.outAt;
            long bits = this.bitBuffer;
            target[at] = (byte) bits;
            target[at + 1] = (byte) (bits >>> 8);
            target[at + 2] = (byte) (bits >>> 16);
            target[at + 3] = (byte) (bits >>> 24);
            this.outAt = at + 4;
            this.bitBuffer = bits >>> 32;
            this.bitCount -= 32;
        }
    }

    /** zlib's bi_windup: the bits left, padded with zeros to a whole byte. */
    private void windUp() {
        while (this.bitCount > 0) {
            this.out[this.outAt++] = (byte) this.bitBuffer;
            this.bitBuffer >>>= 8;
            this.bitCount -= 8;
        }
        this.bitBuffer = 0;
        this.bitCount = 0;
    }

    /** Adler-32 of an input of at most {@link #MAX_INPUT} bytes, whose sums fit a long unreduced. */
    private static int adler32(byte[] data, int length) {
        long a = 1;
        long b = 0;
        for (int i = 0; i < length; i++) {
            a += data[i] & 0xff;
            b += a;
        }
        return (int) (((b % 65521) << 16) | (a % 65521));
    }

    /** Canonical Huffman codes from code lengths (RFC 1951, 3.2.2), bit-reversed for writing. */
    private static void assignCodes(int[] lengths, int[] codes, int maxSymbol, int[] count) {
        int[] next = new int[16];
        int code = 0;
        for (int bits = 1; bits < 16; bits++) {
            code = (code + count[bits - 1]) << 1;
            next[bits] = code;
        }
        for (int n = 0; n <= maxSymbol; n++) {
            int length = lengths[n];
            if (length != 0) {
                codes[n] = reverse(next[length]++, length);
            }
        }
    }

    private static int reverse(int code, int length) {
        return Integer.reverse(code) >>> (32 - length);
    }
}
