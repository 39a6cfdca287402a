/**
 * JMH benchmarks of room-token: {@link dev.roomtoken.benchmarks.TokenCallBenchmarks} puts the
 * template next to a hand-written HTTP call, {@link dev.roomtoken.benchmarks.StartupBenchmark}
 * measures what the starter adds to an application's start-up.
 */
@NullMarked
package dev.roomtoken.benchmarks;

import org.jspecify.annotations.NullMarked;
