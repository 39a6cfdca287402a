package dev.roomtoken.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/**
 * {@link TokenCallBenchmarks} on sixteen threads sharing one template.
 */
@Threads(16)
public class SixteenThreads extends TokenCallBenchmarks {
}
