package dev.roomtoken.benchmarks;

import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link TokenCallBenchmarks} on sixteen threads. The warm-up is long, 75 s: on two cores, sixteen
 * busy threads leave the JIT compiler little time, and the template and the JDK client both keep
 * getting faster for about a minute.
 */
@Threads(16)
@Warmup(iterations = 25, time = 3)
public class SixteenThreads extends TokenCallBenchmarks {
}
