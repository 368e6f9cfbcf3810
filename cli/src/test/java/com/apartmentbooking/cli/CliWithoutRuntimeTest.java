package com.apartmentbooking.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the user sees when nothing answers at the endpoint, and for command lines that are wrong. */
class CliWithoutRuntimeTest {

    private static String endpoint;

    @BeforeAll
    static void aPortNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            endpoint = "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(Map.of("AWS_ENDPOINT_URL", endpoint), args);
    }

    @Test
    void everyKindOfCallSaysTheRuntimeIsNotRunningAndHowToStartIt() {
        String message = "booking: The local runtime is not running at " + endpoint
                + ": start it with ./run-local.sh (or point --endpoint or AWS_ENDPOINT_URL at it)\n";
        for (String[] command : new String[][] {{"apartments"}, {"reserve", "apt-001"}, {"executions"},
                {"clock"}, {"clock", "advance", "15m"}, {"dead-letters"}, {"pay", "b1"}, {"watch"}, {"--json", "booking", "b1"}}) {
            CliRun run = run(command);

            assertEquals(ExitCode.UNREACHABLE, run.exitCode(), String.join(" ", command) + "\n" + run);
            assertEquals(message, run.err(), String.join(" ", command));
            assertEquals("", run.out());
        }
    }

    @Test
    void theEndpointOptionWinsOverTheEnvironment() {
        CliRun run = CliRun.of(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:1"), "clock", "--endpoint", endpoint);

        assertEquals(ExitCode.UNREACHABLE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("not running at " + endpoint + ":"), run.err());
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        CliRun unknown = run("reserv", "apt-001");
        CliRun badDuration = run("clock", "advance", "15");
        CliRun badStatus = run("executions", "--status", "DONE");
        CliRun missing = run("pay");

        assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().startsWith("Unmatched arguments from index 0: 'reserv', 'apt-001'"), unknown.err());
        assertEquals(ExitCode.USAGE, badDuration.exitCode());
        assertTrue(badDuration.err().contains("'15' is not a duration"), badDuration.err());
        assertEquals(ExitCode.USAGE, badStatus.exitCode());
        assertTrue(badStatus.err().contains("Invalid value for option '--status'"), badStatus.err());
        assertEquals(ExitCode.USAGE, missing.exitCode());
        assertTrue(missing.err().startsWith("Missing required parameter: 'BOOKING_ID'"), missing.err());
    }

    @Test
    void anEndpointThatIsNotAUrlIsAUsageError() {
        CliRun run = CliRun.of(Map.of(), "clock", "--endpoint", "localhost:4566");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals("booking: --endpoint must be a URL such as http://127.0.0.1:4566, or aws: localhost:4566\n",
                run.err());
    }

    @Test
    void everyCommandExplainsItselfWithHelpWithoutReachingTheRuntime() {
        for (String[] command : new String[][] {{"apartments"}, {"booking"}, {"reserve"}, {"pay"}, {"watch"},
                {"executions"}, {"history"}, {"clock"}, {"clock", "advance"}, {"dead-letters"}}) {
            String[] help = Arrays.copyOf(command, command.length + 1);
            help[command.length] = "--help";
            CliRun run = run(help);

            assertEquals(ExitCode.OK, run.exitCode(), String.join(" ", help) + "\n" + run);
            assertTrue(run.out().startsWith("Usage: booking " + String.join(" ", command) + " "), run.out());
            assertTrue(run.out().contains("-h, --help"), run.out());
            assertEquals("", run.err(), String.join(" ", help));
        }
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRun run = run("--help");

        assertEquals(ExitCode.OK, run.exitCode());
        for (String command : new String[] {"apartments", "booking", "reserve", "pay", "watch", "executions",
                "history", "clock", "dead-letters"}) {
            assertTrue(run.out().contains("\n  " + command + " "), command + "\n" + run.out());
        }
        assertTrue(run.out().contains("Exit codes: 0 ok; 1 the operation failed; 2 usage; 3 the runtime is not"),
                run.out());
    }
}
