package com.apartmentbooking.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command of {@code ./booking}: runs with one {@link Session} and writes through one {@link Output}. */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        BookingCli root = (BookingCli) spec.root().userObject();
        try (Session session = root.session()) {
            return run(session, root.output());
        }
    }

    /** The command's work; returns the exit code, or throws a {@link CliFailure} (or an SDK exception). */
    abstract int run(Session session, Output output);
}
