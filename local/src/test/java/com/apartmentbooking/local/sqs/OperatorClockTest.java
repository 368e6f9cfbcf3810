package com.apartmentbooking.local.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.ClockEndpoint;
import com.apartmentbooking.local.clock.RuntimeClock;
import com.apartmentbooking.local.clock.StoredClockOffset;
import com.apartmentbooking.local.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * SQS on the running runtime's clock: when an operator moves it on through the clock endpoint, delayed messages
 * become visible and received ones come back once their visibility timeout has passed, as if the time had gone by.
 */
class OperatorClockTest {

    private final Store store = Store.inMemory();
    /** Wall time stands still, so only the operator's advances move the clock. */
    private final RuntimeClock clock = new RuntimeClock(java.time.Clock.fixed(SqsRuntime.START, ZoneOffset.UTC),
            new StoredClockOffset(store));
    private final SqsRuntime runtime = new SqsRuntime(store, clock,
            door -> door.route(ClockEndpoint.PATH, new ClockEndpoint(clock)));
    private final SqsClient sqs = runtime.client();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        runtime.close();
        clock.close();
    }

    @Test
    void aDelayedMessageIsReceivedOnceTheOperatorAdvancesPastItsDelay() throws Exception {
        String url = sqs.createQueue(r -> r.queueName("later")).queueUrl();
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("in ten minutes").delaySeconds(600));

        advance(599);
        assertFalse(sqs.receiveMessage(r -> r.queueUrl(url)).hasMessages());
        advance(1);

        assertEquals(List.of("in ten minutes"), bodies(sqs.receiveMessage(r -> r.queueUrl(url)).messages()));
    }

    @Test
    void aReceivedMessageComesBackOnceTheOperatorAdvancesPastItsVisibilityTimeout() throws Exception {
        String url = sqs.createQueue(r -> r.queueName("work")
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "300"))).queueUrl();
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("job"));
        Message first = sqs.receiveMessage(r -> r.queueUrl(url)).messages().get(0);

        advance(299);
        assertFalse(sqs.receiveMessage(r -> r.queueUrl(url)).hasMessages());
        advance(1);

        Message again = sqs.receiveMessage(r -> r.queueUrl(url)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages().get(0);
        assertEquals(first.messageId(), again.messageId());
        assertEquals("2", again.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    }

    @Test
    void aWaitingReceiveGetsTheMessageTheAdvanceMadeVisibleBeforeItsWaitEnds() throws Exception {
        String url = sqs.createQueue(r -> r.queueName("polled")).queueUrl();
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("delayed").delaySeconds(900));
        CompletableFuture<List<Message>> waiting = CompletableFuture.supplyAsync(
                () -> sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(20)).messages());
        // Lets the receive find nothing and start waiting, so that the advance happens during its wait.
        Thread.sleep(500);

        advance(900);
        long advanced = System.nanoTime();

        assertEquals(List.of("delayed"), bodies(waiting.get(20, TimeUnit.SECONDS)));
        assertTrue(System.nanoTime() - advanced < Duration.ofSeconds(15).toNanos(), "the receive waited out its wait time");
    }

    private void advance(int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(runtime.endpoint() + ClockEndpoint.PATH + "/advance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": " + seconds + "}")).build();
        assertEquals(200, http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private static List<String> bodies(List<Message> messages) {
        return messages.stream().map(Message::body).toList();
    }
}
