package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walkthrough as a user does it in terminals at the repository root: {@code ./run-local.sh} (command 1)
 * started as a child process, then {@code ./booking} for every command and both guest journeys, then Ctrl-C and a
 * second start on the same data directory. The steps run in order and build on each other, as the walkthrough does.
 * Neither script may build anything here: {@code mvn verify} has packaged the jars before this module's tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkthroughTest {

    private static final Path REPOSITORY = LocalStack.REPOSITORY.toAbsolutePath().normalize();
    /** Generous: a cold JVM per command, function instances started on first use, a shared CI machine. */
    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration COMMAND = Duration.ofMinutes(2);
    private static final Duration SETTLE = Duration.ofMinutes(2);
    private static final String DEFAULT_SECRET = "local-webhook-secret";

    private final Map<String, String> environment = userEnvironment();
    private final List<CommandRun.Started> watches = new ArrayList<>();
    /** The data directory and the commands' outputs; JUnit deletes it after the last step. */
    private Path work;
    private Path dataDirectory;
    private int port;
    private String endpoint;
    private RunLocal runtime;
    private String startOutput;

    private String confirmedBooking;
    private String expiredBooking;

    @BeforeAll
    void startCommandOne(@TempDir Path work) throws Exception {
        this.work = work;
        dataDirectory = work.resolve("data");
        port = freePort();
        endpoint = "http://127.0.0.1:" + port;
        runtime = RunLocal.start(REPOSITORY, environment, outputs(), port, dataDirectory);
        startOutput = runtime.awaitReady(START);
    }

    @AfterAll
    void stopChildren() {
        watches.forEach(CommandRun.Started::stop);
        if (runtime != null) {
            runtime.stop();
        }
    }

    @Test
    @Order(1)
    void commandOnePrintsWhatEachUserNeeds() throws Exception {
        List<String> lines = startOutput.lines().toList();
        assertEquals("Starting the local runtime from infra/template.yaml, state in " + dataDirectory, lines.get(0),
                "a later --data-dir wins over the script's .local-data, and nothing is built\n" + startOutput);
        assertLine("Local runtime ready in \\d+ ms at " + Pattern.quote(endpoint));

        Matcher graphql = assertLine("  GraphQL API local-api: (" + Pattern.quote(endpoint) + "/graphql/(\\w+))");
        assertLine("    real-time: " + Pattern.quote("ws://127.0.0.1:" + port + "/graphql/" + graphql.group(2)
                + "/realtime"));
        String apiKey = assertLine("    API key \\(x-api-key\\): (da2-\\w+)  expires \\S+Z").group(1);
        assertLine("  webhook URL \\(POST\\): " + Pattern.quote(endpoint
                + "/lambda-url/local-PaymentWebhookFunction/payments/webhook"));
        assertLine("  webhook secret: " + DEFAULT_SECRET + "  \\(Secrets Manager secret local/payment-webhook\\)");
        assertLine("  export AWS_ENDPOINT_URL=" + Pattern.quote(endpoint)
                + " AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1");
        String console = assertLine("  console: (" + Pattern.quote(endpoint) + "/console)  \\(.+\\)").group(1);
        assertLine("  data: " + Pattern.quote(dataDirectory.toString()) + ", kept between runs \\(--reset starts "
                + "afresh\\)");
        assertEquals(List.of("Next steps", "  ./booking reserve apt-001 --endpoint " + endpoint,
                RunLocal.lastReadyLine(port)),
                lines.subList(lines.size() - 3, lines.size()), startOutput);
        assertTrue(Files.isDirectory(dataDirectory), "the runtime keeps its state in the --data-dir given");

        // What was printed works: the GraphQL URL with the key, the console, AWS_ENDPOINT_URL for the CLI.
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> query = http.send(HttpRequest.newBuilder(URI.create(graphql.group(1)))
                .header("Content-Type", "application/json").header("x-api-key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ apartments { items { id } } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, query.statusCode(), query.body());
        assertTrue(query.body().contains("\"id\":\"apt-001\""), query.body());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(console)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        Map<String, String> exported = new HashMap<>(environment);
        exported.put("AWS_ENDPOINT_URL", endpoint);
        CommandRun clock = run(exported, List.of("./booking", "clock"));
        assertEquals(0, clock.exitCode(), clock.toString());
        assertTrue(clock.out().startsWith("Runtime clock: "), clock.toString());
        CommandRun withTheKey = booking("apartments", "--api-key", apiKey);
        assertEquals(0, withTheKey.exitCode(), withTheKey.toString());
    }

    @Test
    @Order(2)
    void apartmentsListsTheSampleApartments() {
        CommandRun human = booking("apartments");
        CommandRun json = booking("--json", "apartments", "--status", "VACANT");

        assertEquals(0, human.exitCode(), human.toString());
        assertEquals(List.of("ID       NAME                   STATUS  BOOKING  RESERVED UNTIL",
                "apt-001  Harbour loft           VACANT  -        -",
                "apt-002  Old town studio        VACANT  -        -",
                "apt-003  Garden flat            VACANT  -        -",
                "apt-004  Riverside two-bedroom  VACANT  -        -",
                "apt-005  Attic with a view      VACANT  -        -"),
                human.out().lines().map(String::stripTrailing).toList(), human.toString());
        assertEquals("", human.err(), "nothing built, nothing else said");
        assertEquals(0, json.exitCode(), json.toString());
        assertEquals(List.of("apt-001", "apt-002", "apt-003", "apt-004", "apt-005"),
                ids(json.json().path("apartments")));
    }

    @Test
    @Order(3)
    void aGuestReservesWatchesAndPaysAndTheBookingIsConfirmed() throws Exception {
        CommandRun reserve = booking("reserve", "apt-001", "--customer", "ada");
        assertEquals(0, reserve.exitCode(), reserve.toString());
        Matcher requested = Pattern.compile("Requested booking (\\w+) of apt-001 for ada: REQUESTED \\(payment window "
                + "15m\\)\nNext: ./booking watch --booking (\\w+)   then   ./booking pay (\\w+)\n").matcher(reserve.out());
        assertTrue(requested.matches(), reserve.toString());
        String id = requested.group(1);
        assertEquals(List.of(id, id), List.of(requested.group(2), requested.group(3)));

        CommandRun.Started watch = startWatch("Watching booking " + id, "watch", "--booking", id, "--until",
                "CONFIRMED");
        awaitStatus(id, "RESERVED");
        CommandRun shown = booking("booking", id);
        assertEquals(0, shown.exitCode(), shown.toString());
        assertTrue(shown.out().startsWith("Booking " + id + "  RESERVED\n  apartment       apt-001\n"
                + "  customer        ada\n  requested       "), shown.toString());
        assertTrue(shown.out().contains("\n  payment window  15m\n  reserved until  "), shown.toString());

        CommandRun pay = booking("pay", id);
        assertEquals(0, pay.exitCode(), pay.toString());
        Matcher accepted = Pattern.compile("Payment (evt_\\w+) of 120\\.50 EUR for booking " + id + ": ACCEPTED\n")
                .matcher(pay.out());
        assertTrue(accepted.matches(), pay.toString());
        // The integrator replays the provider's event, signed with the secret run-local.sh printed.
        CommandRun replay = booking("--json", "pay", id, "--event-id", accepted.group(1), "--secret", DEFAULT_SECRET);
        assertEquals(0, replay.exitCode(), replay.toString());
        assertEquals(200, replay.json().path("httpStatus").asInt(), replay.toString());
        assertEquals("DUPLICATE", replay.json().path("response").path("result").asText(), replay.toString());

        CommandRun advance = booking("clock", "advance", "16m");
        assertEquals(0, advance.exitCode(), advance.toString());
        assertTrue(advance.out().matches("Advanced by 16m: runtime clock \\S+Z \\(16m ahead of real time\\)\n"),
                advance.toString());

        CommandRun changes = watch.finish(SETTLE);
        assertEquals(0, changes.exitCode(), changes.toString());
        List<String> lines = changes.out().lines().toList();
        assertTrue(lines.size() >= 2, changes.toString());
        assertTrue(lines.get(lines.size() - 2).matches("\\S+Z booking   " + id + " PAID      apartment apt-001"),
                changes.toString());
        assertTrue(lines.get(lines.size() - 1).matches("\\S+Z booking   " + id + " CONFIRMED apartment apt-001"),
                changes.toString());

        awaitNoRunningExecution();
        JsonNode confirmed = booking("--json", "booking", id).json();
        assertEquals("CONFIRMED", confirmed.path("status").asText(), confirmed.toString());
        assertTrue(confirmed.path("paidAt").isTextual(), confirmed.toString());
        String arn = confirmed.path("executionArn").asText();
        String execution = arn.substring(arn.lastIndexOf(':') + 1);

        CommandRun history = booking("history", id);
        assertEquals(0, history.exitCode(), history.toString());
        List<String> timeline = history.out().lines().toList();
        assertEquals("Booking " + id + "  CONFIRMED   execution " + execution + "  SUCCEEDED", timeline.get(0));
        assertEquals("  " + arn, timeline.get(1));
        assertTrue(timeline.get(2).matches("\\S+Z +\\+0\\.000s  ExecutionStarted  input \\{\"bookingId\":\"" + id
                + "\".*"), history.toString());
        assertTrue(timeline.stream().anyMatch(l -> l.endsWith("  entered  WaitForPayment (Wait)")), history.toString());
        assertTrue(timeline.stream().anyMatch(l -> l.endsWith("  entered  ConfirmBooking (Task)")), history.toString());
        assertTrue(timeline.get(timeline.size() - 1).contains("  ExecutionSucceeded"), history.toString());

        CommandRun succeeded = booking("executions", "--status", "SUCCEEDED");
        assertEquals(0, succeeded.exitCode(), succeeded.toString());
        assertTrue(succeeded.out().startsWith("NAME "), succeeded.toString());
        assertTrue(Pattern.compile("(?m)^" + execution + "  SUCCEEDED  \\S+Z  \\S+Z$").matcher(succeeded.out()).find(),
                succeeded.toString());
        confirmedBooking = id;
    }

    @Test
    @Order(4)
    void aBookingNotPaidInTimeExpires() throws Exception {
        CommandRun.Started watch = startWatch("Watching apartment apt-002", "--json", "watch", "--apartment",
                "apt-002", "--count", "2");
        JsonNode reserved = booking("--json", "reserve", "apt-002", "--customer", "grace").json();
        String id = reserved.path("id").asText();
        assertEquals("REQUESTED", reserved.path("status").asText(), reserved.toString());
        assertEquals(900, reserved.path("paymentWindowSeconds").asInt(), reserved.toString());
        awaitStatus(id, "RESERVED");
        CommandRun running = booking("--json", "executions", "--status", "RUNNING");
        assertEquals(0, running.exitCode(), running.toString());
        assertEquals(1, running.json().path("executions").size(), running.toString());

        JsonNode before = booking("--json", "clock").json();
        CommandRun advance = booking("--json", "clock", "advance", "16m");
        assertEquals(0, advance.exitCode(), advance.toString());
        Instant after = Instant.parse(advance.json().path("now").asText());
        assertFalse(after.isBefore(Instant.parse(before.path("now").asText()).plus(Duration.ofMinutes(16))),
                advance.toString());
        awaitStatus(id, "EXPIRED");

        CommandRun shown = booking("booking", id);
        assertTrue(shown.out().startsWith("Booking " + id + "  EXPIRED\n"), shown.toString());
        CommandRun changes = watch.finish(SETTLE);
        assertEquals(0, changes.exitCode(), changes.toString());
        List<JsonNode> apartment = changes.out().lines().map(CommandRun::parse).toList();
        assertEquals(List.of("apartment apt-002 RESERVED " + id, "apartment apt-002 VACANT "),
                apartment.stream().map(change -> change.path("kind").asText() + " " + change.path("apartmentId")
                        .asText() + " " + change.path("status").asText() + " " + change.path("bookingId").asText(""))
                        .toList(), changes.toString());
        assertTrue(ids(booking("--json", "apartments", "--status", "VACANT").json().path("apartments"))
                .contains("apt-002"), "the apartment is free again");
        awaitNoRunningExecution();
        expiredBooking = id;
    }

    @Test
    @Order(5)
    void aPaymentSignedWithTheWrongSecretIsRefusedAndChangesNothing() {
        assumeTrue(expiredBooking != null, "needs the booking that expired in the step before");
        CommandRun pay = booking("pay", expiredBooking, "--secret", "not-the-webhook-secret");

        assertEquals(4, pay.exitCode(), pay.toString());
        assertEquals("", pay.out());
        assertEquals("booking: The webhook refused the signature (signature does not match): give the stack's "
                + "secret with --secret, or leave it out to read it from Secrets Manager\n", pay.err());
        assertEquals("EXPIRED", booking("--json", "booking", expiredBooking).json().path("status").asText());
    }

    @Test
    @Order(6)
    void operatorsSeeTheClockTheExecutionsAndTheDeadLetterQueues() {
        CommandRun clock = booking("clock");
        CommandRun executions = booking("executions");
        CommandRun deadLetters = booking("dead-letters");

        assertEquals(0, clock.exitCode(), clock.toString());
        assertTrue(clock.out().matches("Runtime clock: \\S+Z \\(32m ahead of real time\\)\n"), clock.toString());
        assertEquals(0, executions.exitCode(), executions.toString());
        List<String> rows = executions.out().lines().toList();
        assertEquals(3, rows.size(), executions.toString());
        assertTrue(rows.get(0).matches("NAME +STATUS +STARTED +STOPPED"), executions.toString());
        rows.subList(1, 3).forEach(row -> assertTrue(row.matches("\\S+  SUCCEEDED  \\S+Z  \\S+Z"), row));
        assertEquals(0, deadLetters.exitCode(), deadLetters.toString());
        assertEquals(List.of("WorkflowDeadLetterQueue (local-WorkflowDeadLetterQueue): empty",
                "BookingRequestedRelayFailureQueue (local-BookingRequestedRelayFailureQueue): empty",
                "ProjectorFailureQueue (local-ProjectorFailureQueue): empty"), deadLetters.out().lines().toList());
    }

    @Test
    @Order(7)
    void ctrlCStopsTheRuntimeAndTheCliThenSaysHowToStartIt() throws Exception {
        CommandRun stopped = runtime.interrupt(START);

        assertEquals(130, stopped.exitCode(), stopped.toString());
        List<String> lines = stopped.out().lines().toList();
        assertEquals(List.of("Stopping the local runtime (Ctrl-C again to stop at once)",
                "Local runtime stopped; its state is kept in " + dataDirectory),
                lines.subList(lines.size() - 2, lines.size()), stopped.toString());

        String notRunning = "booking: The local runtime is not running at " + endpoint
                + ": start it with ./run-local.sh (or point --endpoint or AWS_ENDPOINT_URL at it)\n";
        for (List<String> command : List.of(List.of("clock"), List.of("apartments"))) {
            CommandRun run = booking(command.toArray(String[]::new));
            assertEquals(3, run.exitCode(), run.toString());
            assertEquals(notRunning, run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    @Order(8)
    void aSecondStartOnTheSameDataDirectoryCarriesOn() throws Exception {
        assumeTrue(confirmedBooking != null && expiredBooking != null, "needs the bookings of both guest journeys");
        runtime = RunLocal.start(REPOSITORY, environment, outputs(), port, dataDirectory);
        String output = runtime.awaitReady(START);

        assertTrue(output.startsWith("Starting the local runtime from infra/template.yaml, state in " + dataDirectory
                + "\n"), output);
        assertTrue(output.contains("\nNext steps\n  ./booking reserve apt-002 --endpoint " + endpoint + "\n"),
                "the first next step names an apartment that is still vacant\n" + output);
        CommandRun confirmed = booking("booking", confirmedBooking);
        assertEquals(0, confirmed.exitCode(), confirmed.toString());
        assertTrue(confirmed.out().startsWith("Booking " + confirmedBooking + "  CONFIRMED\n"), confirmed.toString());
        assertEquals("EXPIRED", booking("--json", "booking", expiredBooking).json().path("status").asText());
        assertFalse(ids(booking("--json", "apartments", "--status", "VACANT").json().path("apartments"))
                .contains("apt-001"), "the confirmed booking still holds its apartment");
    }

    /** The line of the start output matching {@code regex} (there must be one). */
    private Matcher assertLine(String regex) {
        Matcher line = Pattern.compile("(?m)^" + regex + "$").matcher(startOutput);
        assertTrue(line.find(), "no line matching " + regex + " in\n" + startOutput);
        return line;
    }

    private CommandRun booking(String... args) {
        List<String> command = new ArrayList<>(List.of("./booking"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint", endpoint));
        CommandRun run = run(environment, command);
        assertFalse(run.err().contains("Building the CLI"), "./booking rebuilt the CLI\n" + run);
        return run;
    }

    private CommandRun run(Map<String, String> env, List<String> command) {
        return CommandRun.start(REPOSITORY, env, outputs(), command).finish(COMMAND);
    }

    /** {@code ./booking watch ...} as in a second terminal, once it says its subscriptions are in place. */
    private CommandRun.Started startWatch(String subscribed, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("./booking"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint", endpoint));
        CommandRun.Started watch = CommandRun.start(REPOSITORY, environment, outputs(), command);
        watches.add(watch);
        Instant deadline = Instant.now().plus(COMMAND);
        while (!watch.err().contains("Watching ")) {
            if (!watch.process().isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("watch did not subscribe\n" + watch.finish(Duration.ofSeconds(10)));
            }
            Thread.sleep(200);
        }
        assertEquals(subscribed + " (Ctrl-C to stop)\n", watch.err());
        return watch;
    }

    /** Each look is a run of ./booking, a JVM's start apart from the last: no pause between them is needed. */
    private void awaitStatus(String id, String status) {
        Instant deadline = Instant.now().plus(SETTLE);
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            last = booking("--json", "booking", id).json().path("status").asText();
            if (last.equals(status)) {
                return;
            }
        }
        throw new AssertionError("booking " + id + " is " + last + ", not " + status);
    }

    /** Until {@code executions --status RUNNING} lists none: a workflow publishes its event after the status. */
    private void awaitNoRunningExecution() {
        Instant deadline = Instant.now().plus(SETTLE);
        JsonNode running = null;
        while (Instant.now().isBefore(deadline)) {
            running = booking("--json", "executions", "--status", "RUNNING").json().required("executions");
            if (running.isEmpty()) {
                return;
            }
        }
        throw new AssertionError("executions still running: " + running);
    }

    private Path outputs() {
        try {
            return Files.createDirectories(work.resolve("outputs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> ids(JsonNode apartments) {
        List<String> ids = new ArrayList<>();
        apartments.forEach(apartment -> ids.add(apartment.path("id").asText()));
        return ids.stream().sorted().toList();
    }

    /**
     * The environment of a user's terminal: this one without AWS settings, so that the CLI finds the runtime by
     * {@code --endpoint} and uses the credentials it defaults to, whatever the build machine has configured.
     */
    private static Map<String, String> userEnvironment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        return environment;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
