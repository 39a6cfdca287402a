package dev.roomtoken.agora;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our deflate against zlib's, through a fresh {@link Deflater} at the default level as Agora's
 * builder uses it: the same bytes for every input, whichever block zlib writes (stored, fixed or
 * dynamic Huffman codes); inputs longer than one block are declined and left to zlib.
 */
class AgoraDeflateTest {

    private final AgoraDeflate deflate = new AgoraDeflate();

    /** The same, weighing every block with zlib's trees: the bound's shortcut taken nowhere. */
    private final AgoraDeflate weighingEveryBlock = new AgoraDeflate(true);

    private final Random random = new Random(20261123);

    @Test
    void randomBytesOfEveryShortLength() {
        int[] blocks = new int[3];
        for (int length = 0; length <= 700; length++) {
            byte[] input = new byte[length];
            this.random.nextBytes(input);
            blocks[assertSameAsZlib(input)]++;
        }
        assertThat(blocks[0]).as("stored blocks").isPositive();
        assertThat(blocks[1]).as("fixed blocks").isPositive();
    }

    @Test
    void textFromSmallAlphabetsWithLongAndLazyMatches() {
        String[] alphabets = { "a", "ab", "abc", "aab", "0123456789", "abcdefghijklmnopqrstuvwxyz0123456789 -_" };
        int[] blocks = new int[3];
        for (int round = 0; round < 1200; round++) {
            String alphabet = alphabets[round % alphabets.length];
            int length = this.random.nextInt((round % 20 == 0) ? AgoraDeflate.MAX_INPUT : 600);
            byte[] input = new byte[length];
            for (int i = 0; i < length; i++) {
                input[i] = (byte) alphabet.charAt(this.random.nextInt(alphabet.length()));
            }
            blocks[assertSameAsZlib(input)]++;
        }
        assertThat(blocks[1]).as("fixed blocks").isPositive();
        assertThat(blocks[2]).as("dynamic blocks").isPositive();
    }

    @Test
    void evenlySpreadBytesWhoseCodeLengthsRunLong() {
        int[] blocks = new int[3];
        for (int round = 0; round < 40; round++) {
            int symbols = 8 + this.random.nextInt(120);
            byte[] input = new byte[500 + this.random.nextInt(AgoraDeflate.MAX_INPUT - 500)];
            for (int i = 0; i < input.length; i++) {
                input[i] = (byte) (' ' + this.random.nextInt(symbols));
            }
            blocks[assertSameAsZlib(input)]++;
        }
        assertThat(blocks[2]).as("dynamic blocks").isEqualTo(40);
    }

    @Test
    void repeatedPhrasesAtEveryDistance() {
        for (int round = 0; round < 1000; round++) {
            byte[] phrase = new byte[3 + this.random.nextInt(300)];
            this.random.nextBytes(phrase);
            int length = this.random.nextInt((round % 40 == 0) ? AgoraDeflate.MAX_INPUT : 2000);
            byte[] input = new byte[length];
            for (int i = 0; i < length; i++) {
                // mostly the phrase again, from time to time a byte of noise
                input[i] = (this.random.nextInt(50) == 0) ? (byte) this.random.nextInt(256) : phrase[i % phrase.length];
            }
            assertSameAsZlib(input);
        }
    }

    @Test
    void tokenContents() {
        AgoraAccessToken2 writer = new AgoraAccessToken2(AgoraFixtures.APP_ID, AgoraFixtures.APP_CERTIFICATE);
        String characters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 " + AgoraNames.PUNCTUATION;
        int[] blocks = new int[3];
        for (int round = 0; round < 3000; round++) {
            String channel = text(characters, 1 + this.random.nextInt(64));
            String uid = (round % 2 == 0) ? Long.toString(1 + this.random.nextInt(Integer.MAX_VALUE))
                    : text(characters, 1 + this.random.nextInt(32));
            String token = writer.write(this.random.nextInt(), 1 + this.random.nextInt(86400), this.random.nextInt(),
                    channel, uid, 3600, 3600, 3600, 3600);
            blocks[assertSameAsZlib(AgoraFixtures.content(token))]++;
        }
        assertThat(blocks[1]).as("fixed blocks").isGreaterThan(2900);
    }

    @Test
    void aTypicalTokensDynamicTreesAreSeldomBuilt() {
        AgoraAccessToken2 writer = new AgoraAccessToken2(AgoraFixtures.APP_ID, AgoraFixtures.APP_CERTIFICATE);
        int treesBuilt = 0;
        for (int round = 0; round < 1000; round++) {
            String token = writer.write(this.random.nextInt(), 3600, this.random.nextInt(), "standup", "42", 3600,
                    3600, 3600, 3600);
            assertSameAsZlib(AgoraFixtures.content(token));
            treesBuilt += this.deflate.treesBuilt() ? 1 : 0;
        }
        assertThat(treesBuilt).as("tokens whose dynamic trees were built, of 1000").isLessThan(250);
    }

    /** Token contents, found by search, whose code-length tree is deeper than zlib's 7 bits. */
    @Test
    void codeLengthsPastTheMaximumAreMovedDownAsZlibMovesThem() {
        AgoraAccessToken2 writer = new AgoraAccessToken2(AgoraFixtures.APP_ID, AgoraFixtures.APP_CERTIFICATE);
        Object[][] contents = { { -924449529, 75519, -1107813193, "LcA<6+_$2gfu<sVr4,M@io$LZy]g, tIPYBnQ-$aDCIs(", "r_" },
                { -238209585, 24974, 2112645539, "V|#+1:Uxqd75+EK_0eTWZvAGDAZmN]o:", "cq<wvp$" },
                { -356367372, 24648, 1679541441, "u$]5{uHP9", "OuT}j?_zvi3?({?8}xofmw QJOB.a[" },
                { -35712985, 72641, 1851341600, "cQWkA,j1$l2]{7:Om(N8hqyc%vBOD:WOwS", "wcu-g?PSx6ZLfc} 0" },
                { -509338916, 78383, -1082571972, "vtj+(KQbb5(vCSV>jSg]cuGf7;3D7Yf~eINH TiSGPJhJk)", "c8<5NKw" } };
        for (Object[] content : contents) {
            assertSameAsZlib(AgoraFixtures.content(writer.write((int) content[0], (int) content[1], (int) content[2],
                    (String) content[3], (String) content[4], 3600, 3600, 3600, 3600)));
        }
    }

    /**
     * Inputs, found by search, whose code-length tree is deeper than 7 bits in a dynamic block,
     * where the lengths zlib moves down are written in the block.
     */
    @Test
    void movedCodeLengthsAreWrittenAsZlibWritesThem() {
        for (long seed : new long[] { 3371373334552823472L, 2665666397840690589L, -2188808243818940632L }) {
            assertThat(assertSameAsZlib(literalsAndCopies(new Random(seed)))).as("a dynamic block").isEqualTo(2);
        }
    }

    /** Literals, mostly of a few values and some of many, and copies of what came before. */
    private static byte[] literalsAndCopies(Random random) {
        byte[] input = new byte[100 + random.nextInt(3900)];
        int distinct = 20 + random.nextInt(236);
        int at = 0;
        while (at < input.length) {
            if (at > 10 && random.nextInt(3) == 0) {
                int from = random.nextInt(at - 3);
                int length = Math.min(input.length - at, 3 + random.nextInt(30));
                for (int k = 0; k < length; k++) {
                    input[at + k] = input[from + k % (at - from)];
                }
                at += length;
            }
            else {
                input[at++] = (byte) ((random.nextInt(4) == 0) ? random.nextInt(distinct)
                        : random.nextInt(1 + random.nextInt(4)));
            }
        }
        return input;
    }

    @Test
    void theTableOfHashHeadsIsClearedForTheNextInput() {
        byte[] first = "abcabcabcabcabcabc".getBytes();
        byte[] second = "xyzabcxyzabc".getBytes();
        assertSameAsZlib(first);
        assertSameAsZlib(second);
        assertSameAsZlib(first);
    }

    /**
     * The bound that skips the trees must never exceed the dynamic block's length, or ours would
     * write a fixed block where zlib writes a dynamic one. Inputs whose code lengths are all equal
     * or nearly (every byte value of a range, each as often) bring the bound within a few bits of it.
     */
    @Test
    void theBoundThatSkipsTheTreesNeverExceedsTheDynamicBlock() {
        long closest = Long.MAX_VALUE;
        int[] powers = { 16, 32, 64, 128, 256 };
        for (int round = 0; round < 2500; round++) {
            byte[] input = switch (round % 5) {
                case 0 -> evenRange(1 + this.random.nextInt(256), 1 + this.random.nextInt(3));
                case 4 -> evenRange(powers[this.random.nextInt(powers.length)], 1 + this.random.nextInt(4));
                case 1 -> {
                    byte[] bytes = new byte[this.random.nextInt(800)];
                    this.random.nextBytes(bytes);
                    yield bytes;
                }
                case 2 -> evenRange(2 + this.random.nextInt(40), 1 + this.random.nextInt(20));
                default -> AgoraFixtures.content(new AgoraAccessToken2(AgoraFixtures.APP_ID,
                        AgoraFixtures.APP_CERTIFICATE).write(this.random.nextInt(), 3600, this.random.nextInt(),
                                "standup", Integer.toString(this.random.nextInt(1000)), 3600, 3600, 3600, 3600));
            };
            long[] cost = this.deflate.dynamicCost(Arrays.copyOf(input, input.length + AgoraDeflate.PADDING),
                    input.length);
            assertThat(cost[0]).as("bound and dynamic length, %d bytes", input.length).isLessThanOrEqualTo(cost[1]);
            if (cost[0] > 0) {
                closest = Math.min(closest, cost[1] - cost[0]);
            }
        }
        assertThat(closest).as("the closest the bound came").isLessThanOrEqualTo(2);
    }

    /** Each byte value from a random start, {@code times} times, in a random order. */
    private byte[] evenRange(int values, int times) {
        int start = this.random.nextInt(257 - values);
        byte[] input = new byte[values * times];
        for (int i = 0; i < input.length; i++) {
            input[i] = (byte) (start + i % values);
        }
        for (int i = input.length - 1; i > 0; i--) {
            int j = this.random.nextInt(i + 1);
            byte swap = input[i];
            input[i] = input[j];
            input[j] = swap;
        }
        return input;
    }

    @Test
    void anInputLongerThanOneBlockIsLeftToZlib() {
        byte[] input = new byte[AgoraDeflate.MAX_INPUT + 1];
        byte[] window = Arrays.copyOf(input, input.length + AgoraDeflate.PADDING);

        assertThat(this.deflate.deflate(window, input.length, new byte[2 * input.length])).isEqualTo(-1);
        assertThat(this.deflate.deflate(window, AgoraDeflate.MAX_INPUT, new byte[2 * input.length]))
            .isPositive();
    }

    /** @return the type of the block both wrote: 0 stored, 1 fixed, 2 dynamic Huffman codes */
    private int assertSameAsZlib(byte[] input) {
        byte[] window = Arrays.copyOf(input, input.length + AgoraDeflate.PADDING);
        byte[] zlib = zlib(input);
        for (AgoraDeflate deflater : new AgoraDeflate[] { this.weighingEveryBlock, this.deflate }) {
            byte[] ours = new byte[input.length + input.length / 8 + 64];
            int length = deflater.deflate(window, input.length, ours);
            assertThat(length).as("%d bytes", input.length).isNotNegative();
            assertThat(Arrays.copyOf(ours, length)).as("%d bytes", input.length).isEqualTo(zlib);
        }
        return (zlib[2] >> 1) & 3;
    }

    private static byte[] zlib(byte[] input) {
        return AgoraAccessToken2.zlibDeflate(input, input.length);
    }

    private String text(String characters, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(characters.charAt(this.random.nextInt(characters.length())));
        }
        return text.toString();
    }

    @Test
    void theFallbackIsZlibThroughAFreshDeflater() {
        byte[] input = "a fresh deflater for every input".getBytes();
        Deflater deflater = new Deflater();
        deflater.setInput(input);
        deflater.finish();
        byte[] out = new byte[128];
        int n = deflater.deflate(out);
        deflater.end();

        assertThat(AgoraAccessToken2.zlibDeflate(input, input.length)).isEqualTo(Arrays.copyOf(out, n));
    }
}
