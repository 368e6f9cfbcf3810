package com.apartmentbooking.cli;

/** A failure a command reports as one line on stderr, ending the CLI with {@link #exitCode()}. */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    static CliFailure failed(String message) {
        return new CliFailure(ExitCode.FAILED, message);
    }
}
