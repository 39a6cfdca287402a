/**
 * JMH benchmarks of room-token: {@link dev.roomtoken.benchmarks.TokenCallBenchmarks} puts the
 * template next to a hand-written HTTP call, {@link dev.roomtoken.benchmarks.CallOverheadBenchmark}
 * measures the client's own work per call with the network taken out, and
 * {@link dev.roomtoken.benchmarks.StartupBenchmark} what the starter adds to an application's
 * start-up, and {@link dev.roomtoken.benchmarks.LiveKitSigningBenchmark} and
 * {@link dev.roomtoken.benchmarks.TwilioSigningBenchmark} tokens signed in-process next to the
 * official SDKs' and to one HMAC-SHA256.
 */
@NullMarked
package dev.roomtoken.benchmarks;

import org.jspecify.annotations.NullMarked;
