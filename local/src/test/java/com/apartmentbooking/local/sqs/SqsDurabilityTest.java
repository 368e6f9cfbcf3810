package com.apartmentbooking.local.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** Queues and messages, with their delivery state, outlive the runtime: a reopened store serves them as they were. */
class SqsDurabilityTest {

    @TempDir
    Path dataDir;

    private final ControllableClock clock = new ControllableClock(SqsRuntime.START);

    @Test
    void queuesAndMessagesSurviveARestart() {
        String url;
        String inFlightId;
        try (SqsRuntime runtime = new SqsRuntime(Store.open(dataDir), clock)) {
            url = runtime.client().createQueue(r -> r.queueName("dlq")).queueUrl();
            runtime.client().sendMessage(r -> r.queueUrl(url).messageBody("in flight"));
            runtime.client().sendMessage(r -> r.queueUrl(url).messageBody("waiting"));
            inFlightId = runtime.client().receiveMessage(r -> r.queueUrl(url)).messages().get(0).messageId();
        }

        try (SqsRuntime runtime = new SqsRuntime(Store.open(dataDir), clock)) {
            assertEquals(url, runtime.client().getQueueUrl(r -> r.queueName("dlq")).queueUrl());
            Message waiting = runtime.client().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages().get(0);
            assertEquals("waiting", waiting.body());

            clock.advance(Duration.ofSeconds(30));
            Message redelivered = runtime.client().receiveMessage(r -> r.queueUrl(url)
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages().get(0);
            assertEquals(inFlightId, redelivered.messageId());
            assertEquals("2", redelivered.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
            runtime.client().deleteMessage(r -> r.queueUrl(url).receiptHandle(redelivered.receiptHandle()));
            runtime.client().deleteMessage(r -> r.queueUrl(url).receiptHandle(waiting.receiptHandle()));
        }

        try (SqsRuntime runtime = new SqsRuntime(Store.open(dataDir), clock)) {
            clock.advance(Duration.ofMinutes(5));
            assertFalse(runtime.client().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).hasMessages());
        }
    }
}
