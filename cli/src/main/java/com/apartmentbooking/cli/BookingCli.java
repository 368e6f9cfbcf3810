package com.apartmentbooking.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code ./booking}: the booking system from a terminal, through the same APIs a front end, the payment provider
 * and an operator use. The options here apply to every command.
 */
// INHERIT gives every command its own -h/--help (and -V), so "./booking pay --help" explains pay.
@Command(name = "booking", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "booking-cli 1.0",
        description = "Reserve, pay, watch and operate apartment bookings on the local runtime (or on AWS).",
        subcommands = {ApartmentsCommand.class, BookingCommand.class, ReserveCommand.class, PayCommand.class,
                WatchCommand.class, ExecutionsCommand.class, HistoryCommand.class, ClockCommand.class,
                DeadLettersCommand.class},
        footer = {"", "Exit codes: 0 ok; 1 the operation failed; 2 usage; 3 the runtime is not",
                "reachable (start it with ./run-local.sh); 4 credentials, API key or webhook",
                "secret refused."})
public final class BookingCli {

    @Option(names = "--endpoint", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "The runtime's endpoint, or 'aws' for AWS itself (default: $AWS_ENDPOINT_URL, else "
                    + Target.DEFAULT_ENDPOINT + ")")
    String endpoint;

    @Option(names = "--stack", scope = ScopeType.INHERIT, defaultValue = "local", paramLabel = "NAME",
            description = "The stack's name (default: ${DEFAULT-VALUE}, the runtime's)")
    String stack;

    @Option(names = "--api-key", scope = ScopeType.INHERIT, paramLabel = "KEY",
            description = "The GraphQL API key (default: the API's own key, from AppSync ListApiKeys)")
    String apiKey;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print JSON for scripts: one document per command (one per line for watch)")
    boolean json;

    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private Target target;

    BookingCli(Map<String, String> environment, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, System.getenv(), out, err));
    }

    /** Runs one command line; the exit code means what {@link ExitCode} says. */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        BookingCli cli = new BookingCli(environment, out, err);
        CommandLine commandLine = new CommandLine(cli)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((failure, line, parsed) -> {
                    CliFailure reported = Failures.of(failure, cli.target);
                    err.println("booking: " + reported.getMessage());
                    err.flush();
                    return reported.exitCode();
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** What one command works with, from the options and the environment; close it when done. */
    Session session() {
        target = Target.of(endpoint, stack, environment);
        return new Session(target, apiKey);
    }

    Output output() {
        return new Output(out, err, json);
    }
}
