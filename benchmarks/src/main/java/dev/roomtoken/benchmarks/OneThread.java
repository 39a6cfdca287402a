package dev.roomtoken.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/**
 * {@link TokenCallBenchmarks} on one thread.
 */
@Threads(1)
public class OneThread extends TokenCallBenchmarks {
}
