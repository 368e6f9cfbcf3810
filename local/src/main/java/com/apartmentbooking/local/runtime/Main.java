package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.template.TemplateException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the local runtime from the command line ({@link RuntimeOptions#USAGE}): a line per service as it becomes
 * ready, then what each user needs ({@link StartReport}); runs until SIGTERM or Ctrl-C, which stop it cleanly
 * ({@link StopOnSignals}). Exit codes: 0 after {@code --help}, 2 for a mistake on the command line, 1 when the
 * runtime cannot start (one line on stderr says why and what to do).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (RuntimeOptions.asksForHelp(args)) {
            System.out.println(RuntimeOptions.USAGE);
            return;
        }
        RuntimeOptions options;
        try {
            options = RuntimeOptions.parse(args);
        } catch (IllegalArgumentException invalid) {
            System.err.println(invalid.getMessage());
            System.err.println(RuntimeOptions.USAGE);
            System.exit(2);
            return;
        }
        PrintStream out = System.out;
        long started = System.nanoTime();
        LocalRuntime runtime;
        try {
            if (options.reset()) {
                reset(options, out);
            }
            out.println("Starting the local runtime from " + options.template() + (options.dataDirectory() == null
                    ? ", state in memory" : ", state in " + options.dataDirectory()));
            runtime = LocalRuntime.start(options, ready -> {
                out.printf("  %-20s ready in %5d ms%n", ready.name(), ready.millis());
                out.flush();
            });
        } catch (TemplateException | UncheckedIOException | IllegalStateException cannotStart) {
            System.err.println("The local runtime could not start: " + reasons(cannotStart));
            System.exit(1);
            return;
        }
        ClassDataArchive.recordIfAsked(out, System.err);
        long totalMillis = (System.nanoTime() - started) / 1_000_000;
        StopOnSignals.install(runtime, out);
        StartReport.print(runtime, totalMillis, out);
        new CountDownLatch(1).await();
    }

    private static void reset(RuntimeOptions options, PrintStream out) {
        if (DataDirectory.reset(options.dataDirectory())) {
            out.println("Reset: deleted the data directory " + options.dataDirectory() + "; starting afresh");
        } else {
            out.println("Reset: there was no data directory " + options.dataDirectory() + "; starting afresh");
        }
    }

    /** The message of a failure and of each of its causes: "front door could not start: Address already in use". */
    private static String reasons(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
