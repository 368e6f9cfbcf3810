package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.template.ResolvedTemplate;
import com.apartmentbooking.local.template.StackSettings;
import com.apartmentbooking.local.template.TemplateLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * The runtime killed with SIGKILL while bookings wait for their payment window, and started again on the same
 * data directory: every execution resumes where it was and finishes, and nothing acknowledged is lost or done twice.
 * The runtime runs in a child JVM through its own entry point, as a user starts it.
 */
class KillAndResumeTest {

    private static final int WINDOW_SECONDS = 900;

    @Test
    void waitingBookingsAndJustAcceptedRequestsSurviveKillMinusNine(@TempDir Path dataDir) throws Exception {
        int port = freePort();
        List<String> waiting = new ArrayList<>();
        List<String> justRequested = new ArrayList<>();
        Process first = startRuntime(dataDir, port);
        try (LocalStack stack = attach(port, first)) {
            Bookings bookings = new Bookings(stack);
            for (int i = 0; i < 3; i++) {
                bookings.createApartment("kill-wait-" + i);
                waiting.add(requestBooking(bookings, "kill-wait-" + i));
            }
            for (String booking : waiting) {
                bookings.awaitWaitingForPayment(booking);
            }
            for (int i = 0; i < 5; i++) {
                bookings.createApartment("kill-new-" + i);
                justRequested.add(requestBooking(bookings, "kill-new-" + i));
            }
            first.destroyForcibly().waitFor();
        }

        Process second = startRuntime(dataDir, port);
        try (LocalStack stack = attach(port, second)) {
            Bookings bookings = new Bookings(stack);
            for (String booking : justRequested) {
                bookings.awaitWaitingForPayment(booking);
            }
            bookings.advanceClock(Duration.ofSeconds(WINDOW_SECONDS + 1));
            for (String booking : waiting) {
                assertEquals("EXPIRED", bookings.awaitBookingStatus(booking, "EXPIRED"));
                assertHistoryHasNoRepeatedEvents(stack, bookings.booking(booking).get("executionArn").s());
            }
            for (String booking : justRequested) {
                assertEquals("EXPIRED", bookings.awaitBookingStatus(booking, "EXPIRED"));
            }
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static void assertHistoryHasNoRepeatedEvents(LocalStack stack, String executionArn) {
        List<HistoryEvent> events = stack.stepFunctions.getExecutionHistory(h -> h.executionArn(executionArn))
                .events();
        Set<Long> ids = new HashSet<>();
        long waits = 0;
        for (HistoryEvent event : events) {
            assertTrue(ids.add(event.id()), "event id " + event.id() + " twice in " + executionArn);
            if (event.type().toString().equals("WaitStateEntered")) {
                waits++;
            }
        }
        assertEquals(1, waits, "the execution entered its Wait state once: " + executionArn);
        assertEquals("ExecutionSucceeded", events.get(events.size() - 1).type().toString());
    }

    private static String requestBooking(Bookings bookings, String apartment) {
        JsonNode answer = bookings.requestBooking(apartment, "customer-" + apartment, WINDOW_SECONDS,
                "token-" + apartment);
        assertEquals("REQUESTED", answer.path("data").path("status").asText(), answer.toString());
        return answer.path("data").path("id").asText();
    }

    private static Process startRuntime(Path dataDir, int port) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "com.apartmentbooking.local.runtime.Main", "--template", LocalStack.TEMPLATE.toString(),
                "--data-dir", dataDir.toString(), "--port", Integer.toString(port), "--parameter",
                "PaymentWebhookSecret=" + LocalStack.WEBHOOK_SECRET);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("runtime.log").toFile())).start();
    }

    /** Clients for the child runtime once its front door answers. */
    private static LocalStack attach(int port, Process runtime) throws Exception {
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(endpoint.resolve("/_local/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                if (!runtime.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the runtime did not start", notYet);
                }
                Thread.sleep(100);
            }
        }
        ResolvedTemplate template = TemplateLoader.load(LocalStack.TEMPLATE,
                Map.of("PaymentWebhookSecret", LocalStack.WEBHOOK_SECRET),
                new StackSettings(StackSettings.DEFAULT_STACK_NAME, "us-east-1", "000000000000", endpoint));
        return new LocalStack(endpoint, template, () -> { });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
