package com.apartmentbooking.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.runtime.LocalRuntime;
import com.apartmentbooking.local.runtime.RuntimeOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * Every command against the runtime started from the real {@code infra/template.yaml} with the functions' jars and
 * the sample apartments, as {@code ./run-local.sh} starts it: what the user reads, and the exit codes.
 */
class BookingCliTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("repository.root", ".."));
    private static final String WEBHOOK_SECRET = "cli-test-webhook-secret";
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static LocalRuntime runtime;
    private static Map<String, String> environment;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(RuntimeOptions.defaults(REPOSITORY.resolve("infra/template.yaml")).withPort(0)
                .withParameter("PaymentWebhookSecret", WEBHOOK_SECRET)
                .withSampleData(REPOSITORY.resolve("infra/sample-data.json")));
        environment = Map.of("AWS_ENDPOINT_URL", runtime.endpoint().toString());
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void apartmentsAreListedForPeopleAndForScripts() {
        CliRun human = cli("apartments");
        CliRun json = cli("apartments", "--json");
        CliRun vacant = cli("--json", "apartments", "--status", "vacant");

        assertEquals(ExitCode.OK, human.exitCode(), human.toString());
        assertTrue(human.out().startsWith("ID       NAME                   STATUS  BOOKING"), human.out());
        assertTrue(Pattern.compile("(?m)^apt-005  Attic with a view      VACANT  -\\s+-$").matcher(human.out()).find(),
                human.out());
        assertEquals(6, human.out().lines().count(), human.out());
        assertEquals(ExitCode.OK, json.exitCode(), json.toString());
        List<String> ids = new ArrayList<>();
        json.json().path("apartments").forEach(a -> ids.add(a.path("id").asText()));
        assertEquals(List.of("apt-001", "apt-002", "apt-003", "apt-004", "apt-005"), ids.stream().sorted().toList());
        JsonNode attic = apartment(json.json(), "apt-005");
        assertEquals("Attic with a view", attic.path("name").asText());
        assertEquals("VACANT", attic.path("status").asText());
        assertEquals(ExitCode.OK, vacant.exitCode(), vacant.toString());
        vacant.json().path("apartments").forEach(a -> assertEquals("VACANT", a.path("status").asText()));
        assertNotNull(apartment(vacant.json(), "apt-005"));
    }

    @Test
    void aGuestReservesWatchesAndPaysAndTheBookingIsConfirmed() throws Exception {
        Watch apartmentWatch = Watch.start("--json", "watch", "--apartment", "apt-001", "--count", "2");
        apartmentWatch.awaitSubscribed("Watching apartment apt-001 (Ctrl-C to stop)");

        CliRun reserve = cli("reserve", "apt-001", "--customer", "ada");
        assertEquals(ExitCode.OK, reserve.exitCode(), reserve.toString());
        Matcher requested = Pattern.compile("Requested booking (\\w+) of apt-001 for ada: REQUESTED \\(payment window "
                + "15m\\)\nNext: ./booking watch --booking (\\w+)   then   ./booking pay (\\w+)\n").matcher(reserve.out());
        assertTrue(requested.matches(), reserve.out());
        String id = requested.group(1);
        assertEquals(id, requested.group(2));

        Watch bookingWatch = Watch.start("watch", "--booking", id, "--until", "CONFIRMED");
        bookingWatch.awaitSubscribed("Watching booking " + id + " (Ctrl-C to stop)");
        awaitStatus(id, "RESERVED");

        CliRun shown = cli("booking", id);
        assertEquals(ExitCode.OK, shown.exitCode(), shown.toString());
        assertTrue(shown.out().startsWith("Booking " + id + "  RESERVED\n  apartment       apt-001\n"
                + "  customer        ada\n  requested       "), shown.out());
        assertTrue(shown.out().contains("\n  payment window  15m\n  reserved until  "), shown.out());

        CliRun pay = cli("pay", id, "--event-id", "evt_ada_1");
        assertEquals(ExitCode.OK, pay.exitCode(), pay.toString());
        assertEquals("Payment evt_ada_1 of 120.50 EUR for booking " + id + ": ACCEPTED\n", pay.out());
        CliRun replay = cli("pay", id, "--event-id", "evt_ada_1", "--amount", "120.5");
        assertEquals(ExitCode.OK, replay.exitCode(), replay.toString());
        assertEquals("Payment evt_ada_1 of 120.5 EUR for booking " + id + ": DUPLICATE\n", replay.out());

        CliRun apartmentChanges = apartmentWatch.finish();
        assertEquals(ExitCode.OK, apartmentChanges.exitCode(), apartmentChanges.toString());
        List<JsonNode> changes = apartmentChanges.out().lines().map(line -> CliJson.parse(line, "a watch line")).toList();
        assertEquals(2, changes.size(), apartmentChanges.out());
        assertEquals("apartment", changes.get(0).path("kind").asText());
        assertEquals("apt-001", changes.get(0).path("apartmentId").asText());
        assertEquals(id, changes.get(0).path("bookingId").asText());
        assertEquals(List.of("RESERVED", "PAID"), changes.stream().map(c -> c.path("status").asText()).toList());

        CliRun advance = cli("clock", "advance", "16m");
        assertEquals(ExitCode.OK, advance.exitCode(), advance.toString());
        assertTrue(advance.out().startsWith("Advanced by 16m: runtime clock "), advance.out());

        CliRun bookingChanges = bookingWatch.finish();
        assertEquals(ExitCode.OK, bookingChanges.exitCode(), bookingChanges.toString());
        List<String> lines = bookingChanges.out().lines().toList();
        assertTrue(lines.size() >= 2, bookingChanges.out());
        assertTrue(lines.get(lines.size() - 1).matches("\\S+Z booking   " + id + " CONFIRMED apartment apt-001"),
                bookingChanges.out());
        assertTrue(lines.get(lines.size() - 2).matches("\\S+Z booking   " + id + " PAID      apartment apt-001"),
                bookingChanges.out());

        JsonNode confirmed = cli("--json", "booking", id).json();
        assertEquals("CONFIRMED", confirmed.path("status").asText());
        assertTrue(confirmed.path("paidAt").isTextual(), confirmed.toString());
        String executionName = executionName(confirmed);

        CliRun history = cli("history", id);
        assertEquals(ExitCode.OK, history.exitCode(), history.toString());
        List<String> timeline = history.out().lines().toList();
        assertEquals("Booking " + id + "  CONFIRMED   execution " + executionName + "  SUCCEEDED", timeline.get(0));
        assertTrue(timeline.get(2).matches("\\S+Z +\\+0\\.000s  ExecutionStarted  input \\{\"bookingId\":\"" + id
                + "\".*"), timeline.get(2));
        assertTrue(timeline.stream().anyMatch(l -> l.endsWith("  entered  WaitForPayment (Wait)")), history.out());
        assertTrue(timeline.stream().anyMatch(l -> l.endsWith("  entered  ConfirmBooking (Task)")), history.out());
        assertTrue(timeline.stream().anyMatch(l -> l.contains("  TaskSucceeded  dynamodb:updateItem  result ")),
                history.out());
        assertTrue(timeline.get(timeline.size() - 1).contains("  ExecutionSucceeded"), history.out());

        CliRun succeeded = cli("executions", "--status", "SUCCEEDED");
        assertEquals(ExitCode.OK, succeeded.exitCode(), succeeded.toString());
        assertTrue(succeeded.out().startsWith("NAME"), succeeded.out());
        assertTrue(Pattern.compile("(?m)^" + executionName + "  SUCCEEDED  \\S+Z  \\S+Z$").matcher(succeeded.out()).find(),
                succeeded.out());
        JsonNode running = cli("--json", "executions", "--status", "RUNNING").json();
        running.path("executions").forEach(e -> assertFalse(e.path("name").asText().equals(executionName)));
        assertTrue(running.path("stateMachineArn").asText().endsWith(":stateMachine:local-BookingWorkflow"));
    }

    @Test
    void aBookingNotPaidInTimeExpiresAndALatePaymentIsRefused() {
        CliRun reserve = cli("--json", "reserve", "apt-002", "--window", "10s", "--customer", "grace");
        assertEquals(ExitCode.OK, reserve.exitCode(), reserve.toString());
        JsonNode booking = reserve.json();
        String id = booking.path("id").asText();
        assertEquals("REQUESTED", booking.path("status").asText());
        assertEquals(10, booking.path("paymentWindowSeconds").asInt());
        assertEquals("apt-002", booking.path("apartmentId").asText());
        awaitStatus(id, "RESERVED");

        JsonNode before = cli("--json", "clock").json();
        CliRun advance = cli("--json", "clock", "advance", "1m");
        assertEquals(ExitCode.OK, advance.exitCode(), advance.toString());
        Instant after = Instant.parse(advance.json().path("now").asText());
        assertFalse(after.isBefore(Instant.parse(before.path("now").asText()).plusSeconds(60)), advance.out());
        awaitStatus(id, "EXPIRED");

        CliRun late = cli("pay", id);
        assertEquals(ExitCode.FAILED, late.exitCode(), late.toString());
        assertTrue(late.out().matches("Payment evt_\\w+ of 120.50 EUR for booking " + id
                + ": REJECTED_LATE \\(BOOKING_NOT_HELD\\)\n"), late.out());
        CliRun lateJson = cli("--json", "pay", id, "--amount", "99.90", "--currency", "USD", "--event-id", "evt_late_1");
        assertEquals(ExitCode.FAILED, lateJson.exitCode(), lateJson.toString());
        assertEquals(200, lateJson.json().path("httpStatus").asInt());
        assertEquals("evt_late_1", lateJson.json().path("eventId").asText());
        assertEquals("REJECTED_LATE", lateJson.json().path("response").path("result").asText());

        CliRun history = cli("--json", "history", id);
        assertEquals(ExitCode.OK, history.exitCode(), history.toString());
        JsonNode events = history.json().path("events");
        assertEquals("SUCCEEDED", history.json().path("status").asText());
        List<String> states = new ArrayList<>();
        events.forEach(e -> {
            if (e.path("type").asText().endsWith("StateEntered")) {
                states.add(e.path("stateName").asText());
            }
        });
        assertTrue(states.containsAll(List.of("ReserveApartment", "WaitForPayment", "ReleaseApartment",
                "MarkBookingExpired")), states.toString());
        assertEquals("ExecutionSucceeded", events.get(events.size() - 1).path("type").asText());
        assertEquals("VACANT", apartment(cli("--json", "apartments").json(), "apt-002").path("status").asText());
    }

    @Test
    void aPaymentIsSignedAtTheRuntimesTimeSoItIsTakenAfterAnAdvance() {
        CliRun advance = cli("clock", "advance", "1d");
        assertEquals(ExitCode.OK, advance.exitCode(), advance.toString());
        CliRun reserve = cli("--json", "reserve", "apt-003", "--customer", "hedy");
        String id = reserve.json().path("id").asText();
        awaitStatus(id, "RESERVED");

        CliRun pay = cli("pay", id);

        assertEquals(ExitCode.OK, pay.exitCode(), pay.toString());
        assertTrue(pay.out().endsWith(" for booking " + id + ": ACCEPTED\n"), pay.out());
    }

    @Test
    void theClockTellsTheRuntimesTime() {
        CliRun human = cli("clock");
        CliRun json = cli("clock", "--json");

        assertEquals(ExitCode.OK, human.exitCode(), human.toString());
        assertTrue(human.out().matches("Runtime clock: \\S+Z \\((real time|.+ ahead of real time)\\)\n"), human.out());
        assertTrue(json.json().path("now").isTextual(), json.out());
        assertTrue(json.json().path("epochMillis").isNumber(), json.out());
    }

    @Test
    void operationsThatFailExitWithOneAndSayWhy() {
        CliRun window = cli("reserve", "apt-004", "--window", "5s");
        CliRun missing = cli("booking", "no-such-booking");
        CliRun missingHistory = cli("--json", "history", "no-such-booking");

        assertEquals(ExitCode.FAILED, window.exitCode(), window.toString());
        assertEquals("booking: ValidationError: input.paymentWindowSeconds: must be between 10 and 86400 seconds\n",
                window.err());
        assertEquals("", window.out());
        assertEquals(ExitCode.FAILED, missing.exitCode(), missing.toString());
        assertEquals("booking: No booking no-such-booking\n", missing.err());
        assertEquals(ExitCode.FAILED, missingHistory.exitCode());
        assertEquals("", missingHistory.out());
    }

    @Test
    void aWrongApiKeyOrWebhookSecretIsRefusedWithExitFour() {
        String keyRefused = "booking: The GraphQL API refused the API key (UnauthorizedException: You are not authorized "
                + "to make this call.): leave out --api-key to use the stack's own key, or give the one "
                + "./run-local.sh prints\n";
        CliRun apartments = cli("apartments", "--api-key", "da2-not-the-key");
        CliRun watch = cli("watch", "--api-key", "da2-not-the-key");
        CliRun pay = cli("pay", "some-booking", "--secret", "not-the-webhook-secret");

        assertEquals(ExitCode.REFUSED, apartments.exitCode(), apartments.toString());
        assertEquals(keyRefused, apartments.err());
        assertEquals(ExitCode.REFUSED, watch.exitCode(), watch.toString());
        assertEquals(keyRefused, watch.err());
        assertEquals(ExitCode.REFUSED, pay.exitCode(), pay.toString());
        assertEquals("booking: The webhook refused the signature (signature does not match): give the stack's "
                + "secret with --secret, or leave it out to read it from Secrets Manager\n", pay.err());
    }

    @Test
    void deadLettersShowWhatTheQueuesHoldWithoutTakingIt() {
        String bus = runtime.template().eventBus("BookingBus").name();
        try (EventBridgeClient events = events()) {
            String missingMachine = runtime.template().stateMachine("BookingWorkflow").arn() + "-deleted";
            events.putRule(r -> r.name("to-a-missing-machine").eventBusName(bus)
                    .eventPattern("{\"source\":[\"dead-letter.test\"]}"));
            events.putTargets(t -> t.rule("to-a-missing-machine").eventBusName(bus).targets(
                    software.amazon.awssdk.services.eventbridge.model.Target.builder().id("missing").arn(missingMachine)
                            .deadLetterConfig(d -> d.arn(runtime.template().queue("WorkflowDeadLetterQueue").arn()))
                            .retryPolicy(p -> p.maximumRetryAttempts(2).maximumEventAgeInSeconds(60)).build()));
            events.putEvents(p -> p.entries(PutEventsRequestEntry.builder().eventBusName(bus)
                    .source("dead-letter.test").detailType("Probe").detail("{\"n\":1}").build()));
        }
        JsonNode workflowQueue = awaitDeadLetter();
        assertEquals(1, workflowQueue.path("messages").size(), workflowQueue.toString());
        JsonNode message = workflowQueue.path("messages").get(0);
        assertEquals("Probe", message.path("body").path("detail-type").asText());
        assertTrue(message.path("messageAttributes").has("ERROR_CODE"), message.toString());

        CliRun human = cli("dead-letters");
        CliRun again = cli("--json", "dead-letters");

        assertEquals(ExitCode.OK, human.exitCode(), human.toString());
        List<String> lines = human.out().lines().toList();
        assertEquals("WorkflowDeadLetterQueue (local-WorkflowDeadLetterQueue): 1 message", lines.get(0));
        assertTrue(lines.get(1).matches("  1\\. \\S+  sent \\S+Z  received \\d+x"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("     ERROR_CODE: ")), human.out());
        assertTrue(lines.stream().anyMatch(l -> l.equals("     TARGET_ARN: "
                + runtime.template().stateMachine("BookingWorkflow").arn() + "-deleted")), human.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("     event Probe from dead-letter.test at \\S+: \\{\"n\":1}")),
                human.out());
        assertTrue(lines.contains("BookingRequestedRelayFailureQueue (local-BookingRequestedRelayFailureQueue): empty"),
                human.out());
        assertTrue(lines.contains("ProjectorFailureQueue (local-ProjectorFailureQueue): empty"), human.out());
        assertEquals(1, again.json().path("queues").get(0).path("approximateNumberOfMessages").asInt(), again.out());
        assertEquals(1, again.json().path("queues").get(0).path("messages").size(), again.out());
    }

    @Test
    void aFailedExecutionShowsItsErrorAndCause() {
        String forged = "forged-" + UUID.randomUUID();
        try (EventBridgeClient events = events()) {
            String detail = CliJson.compact(CliJson.object().put("bookingId", forged).put("apartmentId", "apt-004")
                    .put("customerId", "mallory").put("requestedAt", Instant.now().toString())
                    .put("paymentWindowSeconds", 900));
            events.putEvents(p -> p.entries(PutEventsRequestEntry.builder()
                    .eventBusName(runtime.template().eventBus("BookingBus").name()).source("booking.reservation")
                    .detailType("BookingRequested").detail(detail).build()));
        }
        String name = awaitFailedExecution();

        CliRun human = cli("history", "--execution", name);
        CliRun json = cli("--json", "history", "--execution", name);
        CliRun neither = cli("history");

        assertEquals(ExitCode.OK, human.exitCode(), human.toString());
        List<String> lines = human.out().lines().toList();
        assertEquals("execution " + name + "  FAILED", lines.get(0));
        assertTrue(lines.get(lines.size() - 2).matches("\\S+Z +\\+\\d+\\.\\d{3}s  ExecutionFailed  error: Booking.NotFound  "
                + "cause: .*" + forged + ".*"), human.out());
        assertTrue(lines.get(lines.size() - 1).matches("Failed: Booking.NotFound: .*" + forged + ".*"), human.out());
        assertEquals("FAILED", json.json().path("status").asText());
        assertEquals("Booking.NotFound", json.json().path("error").asText());
        assertEquals(ExitCode.USAGE, neither.exitCode());
        assertEquals("booking: Give a booking id or --execution, not both and not neither\n", neither.err());
    }

    /** The name of the first FAILED execution {@code executions} lists, once there is one. */
    private static String awaitFailedExecution() {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode failed = cli("--json", "executions", "--status", "FAILED").json().path("executions");
            if (failed.size() > 0) {
                return failed.get(0).path("name").asText();
            }
            sleep();
        }
        throw new AssertionError("no execution failed");
    }

    private static EventBridgeClient events() {
        return EventBridgeClient.builder().endpointOverride(runtime.endpoint())
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    /** The WorkflowDeadLetterQueue's entry of {@code dead-letters --json} once it holds a message. */
    private static JsonNode awaitDeadLetter() {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode queue = cli("--json", "dead-letters").json().path("queues").get(0);
            assertEquals("WorkflowDeadLetterQueue", queue.path("logicalId").asText());
            if (queue.path("messages").size() > 0) {
                return queue;
            }
            // EventBridge's retries back off on the runtime's clock.
            assertEquals(ExitCode.OK, cli("clock", "advance", "30s").exitCode());
        }
        throw new AssertionError("nothing reached the dead-letter queue");
    }

    private static CliRun cli(String... args) {
        return CliRun.of(environment, args);
    }

    private static void awaitStatus(String bookingId, String status) {
        Instant deadline = Instant.now().plus(WAIT);
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            last = cli("--json", "booking", bookingId).json().path("status").asText();
            if (last.equals(status)) {
                return;
            }
            sleep();
        }
        throw new AssertionError("booking " + bookingId + " is " + last + ", not " + status);
    }

    private static JsonNode apartment(JsonNode listing, String id) {
        for (JsonNode apartment : listing.path("apartments")) {
            if (apartment.path("id").asText().equals(id)) {
                return apartment;
            }
        }
        throw new AssertionError("no apartment " + id + " in " + listing);
    }

    private static String executionName(JsonNode booking) {
        String arn = booking.path("executionArn").asText();
        return arn.substring(arn.lastIndexOf(':') + 1);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A {@code watch} running in the background, as in a second terminal. */
    private record Watch(CompletableFuture<Integer> exit, StringWriter out, StringWriter err) {

        static Watch start(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
                    BookingCli.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true)));
            return new Watch(exit, out, err);
        }

        void awaitSubscribed(String line) {
            Instant deadline = Instant.now().plus(WAIT);
            while (!err.toString().contains(line)) {
                if (exit.isDone() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("watch did not subscribe:\n" + err);
                }
                sleep();
            }
        }

        CliRun finish() throws Exception {
            int code = exit.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return new CliRun(code, out.toString(), err.toString());
        }
    }
}
