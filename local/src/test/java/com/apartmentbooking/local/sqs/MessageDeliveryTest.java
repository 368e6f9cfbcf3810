package com.apartmentbooking.local.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Send, receive, visibility timeout, delay, retention and delete on the service, time moved by the test's clock. */
class MessageDeliveryTest {

    private final Store store = Store.inMemory();
    private final ControllableClock clock = new ControllableClock(SqsRuntime.START);
    private final SqsService sqs = LocalSqs.start(store, clock, "us-east-1", "000000000000", "http://localhost:4566").service();
    private final String url = sqs.createQueue("q", Map.of("VisibilityTimeout", "30"));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aReceivedMessageStaysInvisibleUntilItsVisibilityTimeoutPasses() {
        sqs.sendMessage(url, "hello", null, Map.of());
        ReceivedMessage first = receiveOne();
        assertEquals("1", first.systemAttributes().get("ApproximateReceiveCount"));

        clock.advance(Duration.ofSeconds(29));
        assertTrue(receive(10).isEmpty());
        clock.advance(Duration.ofSeconds(1));
        ReceivedMessage second = receiveOne();
        assertEquals(first.messageId(), second.messageId());
        assertEquals("2", second.systemAttributes().get("ApproximateReceiveCount"));
        assertEquals(first.systemAttributes().get("ApproximateFirstReceiveTimestamp"),
                second.systemAttributes().get("ApproximateFirstReceiveTimestamp"));
    }

    @Test
    void aDeletedMessageIsNotDeliveredAgain() {
        sqs.sendMessage(url, "hello", null, Map.of());
        sqs.deleteMessage(url, receiveOne().receiptHandle());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(receive(10).isEmpty());
    }

    @Test
    void messagesComeOldestFirstAtMostTheRequestedNumber() {
        for (int i = 0; i < 5; i++) {
            sqs.sendMessage(url, "m" + i, null, Map.of());
        }
        assertEquals(List.of("m0", "m1", "m2"), receive(3).stream().map(ReceivedMessage::body).toList());
        assertEquals(List.of("m3", "m4"), receive(10).stream().map(ReceivedMessage::body).toList());
    }

    @Test
    void aDelayedMessageAppearsAfterItsDelay() {
        sqs.sendMessage(url, "later", 10, Map.of());
        assertTrue(receive(1).isEmpty());
        clock.advance(Duration.ofSeconds(10));
        assertEquals("later", receiveOne().body());
    }

    @Test
    void messagesOlderThanTheRetentionPeriodAreDropped() {
        String shortLived = sqs.createQueue("short", Map.of("MessageRetentionPeriod", "60"));
        sqs.sendMessage(shortLived, "old", null, Map.of());
        clock.advance(Duration.ofSeconds(60));
        assertTrue(sqs.receiveMessages(new ReceiveRequest(shortLived, 1, null, null, List.of(), List.of())).isEmpty());
    }

    @Test
    void onlyTheRequestedMessageAttributesAreReturned() {
        sqs.sendMessage(url, "hello", null, Map.of(
                "trace.id", new MessageAttribute("String", "abc", null),
                "count", new MessageAttribute("Number", "3", null)));
        ReceivedMessage message = sqs.receiveMessages(
                new ReceiveRequest(url, 1, null, null, List.of(), List.of("trace.*"))).get(0);
        assertEquals(Set.of("trace.id"), message.attributes().keySet());
    }

    @Test
    void requestLimitsAreChecked() {
        assertEquals("InvalidParameterValue", assertThrows(SqsException.class, () -> receive(11)).code());
        assertEquals("MissingParameter",
                assertThrows(SqsException.class, () -> sqs.sendMessage(url, "", null, Map.of())).code());
        assertEquals("ReceiptHandleIsInvalid",
                assertThrows(SqsException.class, () -> sqs.deleteMessage(url, "not-a-handle")).code());
    }

    @Test
    void longPollingReturnsAMessageSentWhileWaiting() throws Exception {
        Thread sender = new Thread(() -> {
            sleep(300);
            sqs.sendMessage(url, "awaited", null, Map.of());
        });
        sender.start();
        List<ReceivedMessage> messages = sqs.receiveMessages(new ReceiveRequest(url, 1, null, 5, List.of(), List.of()));
        sender.join();
        assertEquals("awaited", messages.get(0).body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ReceivedMessage receiveOne() {
        List<ReceivedMessage> messages = receive(1);
        assertEquals(1, messages.size());
        return messages.get(0);
    }

    private List<ReceivedMessage> receive(int max) {
        return sqs.receiveMessages(new ReceiveRequest(url, max, null, 0, List.of("All"), List.of("All")));
    }
}
