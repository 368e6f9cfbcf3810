package com.apartmentbooking.local.runtime;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM stop the runtime cleanly: every service closed, the function instances stopped and the
 * store closed, then a last "stopped" line. The same signals again while it stops end the process at once, as a
 * kill -9 would, which the data directory survives too.
 */
final class StopOnSignals {

    private static final String[] SIGNALS = {"INT", "TERM"};
    /**
     * A signal this soon after the first is the same one delivered twice (to the process and to its process group,
     * as {@code timeout} and some service managers send it), not a second Ctrl-C.
     */
    private static final long REPEAT_NANOS = 500_000_000L;

    private final LocalRuntime runtime;
    private final PrintStream out;
    private static final long NOT_STOPPING = Long.MIN_VALUE;

    /** When the stop began ({@link System#nanoTime()}), or {@link #NOT_STOPPING}. */
    private final AtomicLong stopBegan = new AtomicLong(NOT_STOPPING);

    private StopOnSignals(LocalRuntime runtime, PrintStream out) {
        this.runtime = runtime;
        this.out = out;
    }

    /** From now on, a signal or any other exit of the JVM stops {@code runtime} first. */
    static void install(LocalRuntime runtime, PrintStream out) {
        StopOnSignals stop = new StopOnSignals(runtime, out);
        // The JVM's own handlers would wait for the first stop to end on a second signal: these end it instead.
        for (String name : SIGNALS) {
            Signal.handle(new Signal(name), stop::signalled);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop::stop, "local-runtime-stop"));
    }

    private void signalled(Signal signal) {
        int exitCode = 128 + signal.getNumber();
        long now = System.nanoTime();
        if (stopBegan.compareAndSet(NOT_STOPPING, now)) {
            System.exit(exitCode);
        } else if (now - stopBegan.get() >= REPEAT_NANOS) {
            out.println("Stopped at once (SIG" + signal.getName() + " again); the next start carries on from the data "
                    + "directory");
            out.flush();
            Runtime.getRuntime().halt(exitCode);
        }
    }

    private void stop() {
        stopBegan.compareAndSet(NOT_STOPPING, System.nanoTime());
        out.println("Stopping the local runtime (Ctrl-C again to stop at once)");
        out.flush();
        try {
            runtime.close();
            out.println("Local runtime stopped" + kept());
        } catch (RuntimeException notClean) {
            out.println("Local runtime stopped, not cleanly: " + notClean.getMessage() + kept());
        }
        out.flush();
    }

    private String kept() {
        return runtime.options().dataDirectory() == null ? "; its state was in memory and is gone"
                : "; its state is kept in " + runtime.options().dataDirectory();
    }
}
