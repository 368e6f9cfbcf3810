package com.apartmentbooking.cli;

/** What the CLI's exit status means, for scripts; {@code cli/README.md} lists them. */
public final class ExitCode {

    public static final int OK = 0;
    /** The operation was carried out and failed: a GraphQL error, a refused payment, no such booking. */
    public static final int FAILED = 1;
    /** The command line was wrong (picocli's own code for invalid input). */
    public static final int USAGE = 2;
    /** Nothing answers at the endpoint. */
    public static final int UNREACHABLE = 3;
    /** The API key, the AWS credentials or the webhook secret were refused. */
    public static final int REFUSED = 4;

    private ExitCode() {
    }
}
