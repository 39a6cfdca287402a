package dev.roomtoken.benchmarks;

import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link TokenCallBenchmarks} on one thread, after 30 s of warm-up.
 */
@Threads(1)
@Warmup(iterations = 10, time = 3)
public class OneThread extends TokenCallBenchmarks {
}
