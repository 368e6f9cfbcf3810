package com.apartmentbooking.local.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.server.RequestMutations;
import com.apartmentbooking.local.store.Store;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Mutated requests of every SQS operation the runtime serves never answer a 5xx or anything but AWS's JSON error shape. */
class SqsRequestFuzzTest {

    private static final SqsRuntime RUNTIME = new SqsRuntime(Store.inMemory(), new ControllableClock(SqsRuntime.START));
    private static final URI ENDPOINT = URI.create(RUNTIME.endpoint() + "/");
    private static final String QUEUE = "http://localhost:4566/" + SqsRuntime.ACCOUNT + "/fuzz";
    /** One valid request of each served operation, in an order where each finds what the ones before made. */
    private static final Map<String, String> REQUESTS = new LinkedHashMap<>();

    static {
        REQUESTS.put("CreateQueue", "{\"QueueName\":\"fuzz\",\"Attributes\":{\"VisibilityTimeout\":\"30\","
                + "\"MessageRetentionPeriod\":\"3600\",\"DelaySeconds\":\"0\",\"ReceiveMessageWaitTimeSeconds\":\"0\"}}");
        REQUESTS.put("GetQueueUrl", "{\"QueueName\":\"fuzz\"}");
        REQUESTS.put("ListQueues", "{\"QueueNamePrefix\":\"f\",\"MaxResults\":10}");
        REQUESTS.put("SendMessage", "{\"QueueUrl\":\"" + QUEUE + "\",\"MessageBody\":\"hello\",\"DelaySeconds\":0,"
                + "\"MessageAttributes\":{\"n\":{\"DataType\":\"Number\",\"StringValue\":\"1\"},"
                + "\"b\":{\"DataType\":\"Binary\",\"BinaryValue\":\"AAE=\"}}}");
        REQUESTS.put("ReceiveMessage", "{\"QueueUrl\":\"" + QUEUE + "\",\"MaxNumberOfMessages\":2,\"WaitTimeSeconds\":0,"
                + "\"VisibilityTimeout\":0,\"MessageAttributeNames\":[\"All\"],\"MessageSystemAttributeNames\":[\"All\"]}");
        REQUESTS.put("DeleteMessage", "{\"QueueUrl\":\"" + QUEUE + "\",\"ReceiptHandle\":\"AQEB\"}");
        REQUESTS.put("GetQueueAttributes", "{\"QueueUrl\":\"" + QUEUE + "\",\"AttributeNames\":[\"All\"]}");
    }

    @AfterAll
    static void close() {
        RUNTIME.close();
    }

    @Test
    void everyServedOperationIsFuzzed() throws Exception {
        RequestMutations probe = new RequestMutations(ENDPOINT, "application/x-amz-json-1.0", 0);

        assertEquals(REQUESTS.keySet(), probe.servedOperations("AmazonSQS",
                RequestMutations.sdkOperations(SqsClient.class)));
    }

    @Test
    void mutatedRequestsAreAnsweredInSqsErrorShape() throws Exception {
        RequestMutations mutations = new RequestMutations(ENDPOINT, "application/x-amz-json-1.0", 17);
        for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
            mutations.check("AmazonSQS." + request.getKey(), request.getValue(), 120);
        }
    }
}
