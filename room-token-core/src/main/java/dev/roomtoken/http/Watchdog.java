package dev.roomtoken.http;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Ends attempts whose time is up: one daemon thread for the whole JVM that runs each attempt's
 * abort at its deadline, unless the attempt ended first and cancelled it.
 */
final class Watchdog {

    private static final ScheduledThreadPoolExecutor EXECUTOR = newExecutor();

    private Watchdog() {
    }

    /**
     * Runs the abort when the time is up.
     * @param abort what ends the attempt
     * @param delayNanos the time the attempt has
     * @return the scheduled abort, to cancel when the attempt ends in time
     */
    static ScheduledFuture<?> schedule(Runnable abort, long delayNanos) {
        return EXECUTOR.schedule(abort, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }

    private static ScheduledThreadPoolExecutor newExecutor() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
            Thread thread = new Thread(task, "roomtoken-http-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
