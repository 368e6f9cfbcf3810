package com.apartmentbooking.local.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.server.RequestMutations;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** Mutated requests of every EventBridge operation the runtime serves never answer a 5xx or anything but AWS's JSON error shape. */
class EventsRequestFuzzTest {

    private static final String TARGET = "AWSEvents";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final EventsRuntime RUNTIME = EventsRuntime.inMemory(null);
    private static final URI ENDPOINT = URI.create(RUNTIME.endpoint() + "/");
    /** One valid request of each served operation, in an order where each finds what the ones before made. */
    private static final Map<String, String> REQUESTS = new LinkedHashMap<>();

    static {
        REQUESTS.put("CreateEventBus", "{\"Name\":\"fuzz-bus\",\"Description\":\"d\"}");
        REQUESTS.put("DescribeEventBus", "{\"Name\":\"fuzz-bus\"}");
        REQUESTS.put("ListEventBuses", "{\"NamePrefix\":\"f\",\"Limit\":5}");
        REQUESTS.put("PutRule", "{\"Name\":\"fuzz\",\"EventPattern\":\"{\\\"source\\\":[\\\"app\\\"],\\\"detail\\\":"
                + "{\\\"n\\\":[{\\\"numeric\\\":[\\\">\\\",1]}],\\\"s\\\":[{\\\"prefix\\\":\\\"a\\\"},"
                + "{\\\"anything-but\\\":{\\\"suffix\\\":\\\"z\\\"}}],\\\"$or\\\":[{\\\"x\\\":[1]},{\\\"y\\\":"
                + "[{\\\"exists\\\":false}]}]}}\",\"State\":\"ENABLED\",\"Description\":\"d\"}");
        REQUESTS.put("DescribeRule", "{\"Name\":\"fuzz\"}");
        REQUESTS.put("ListRules", "{\"NamePrefix\":\"f\",\"Limit\":10}");
        REQUESTS.put("DisableRule", "{\"Name\":\"fuzz\"}");
        REQUESTS.put("EnableRule", "{\"Name\":\"fuzz\"}");
        REQUESTS.put("PutTargets", "{\"Rule\":\"fuzz\",\"Targets\":[{\"Id\":\"t1\","
                + "\"Arn\":\"arn:aws:sqs:us-east-1:000000000000:missing\",\"InputPath\":\"$.detail\","
                + "\"RetryPolicy\":{\"MaximumRetryAttempts\":2,\"MaximumEventAgeInSeconds\":60}},{\"Id\":\"t2\","
                + "\"Arn\":\"arn:aws:sqs:us-east-1:000000000000:other\",\"InputTransformer\":{\"InputPathsMap\":"
                + "{\"n\":\"$.detail.n\"},\"InputTemplate\":\"{\\\"n\\\": <n>}\"}}]}");
        REQUESTS.put("ListTargetsByRule", "{\"Rule\":\"fuzz\",\"Limit\":1}");
        REQUESTS.put("TestEventPattern", "{\"EventPattern\":\"{\\\"source\\\":[\\\"app\\\"]}\",\"Event\":\"{\\\"id\\\":"
                + "\\\"1\\\",\\\"source\\\":\\\"app\\\",\\\"detail-type\\\":\\\"t\\\",\\\"account\\\":\\\"000000000000\\\","
                + "\\\"region\\\":\\\"us-east-1\\\",\\\"time\\\":\\\"2026-01-01T00:00:00Z\\\",\\\"resources\\\":[],"
                + "\\\"detail\\\":{}}\"}");
        REQUESTS.put("PutEvents", "{\"Entries\":[{\"Source\":\"app\",\"DetailType\":\"t\",\"Detail\":\"{\\\"n\\\":2,"
                + "\\\"s\\\":\\\"ab\\\"}\",\"Resources\":[\"arn:aws:s3:::b\"],\"Time\":1767225600}]}");
        REQUESTS.put("RemoveTargets", "{\"Rule\":\"fuzz\",\"Ids\":[\"t2\"]}");
        REQUESTS.put("DeleteRule", "{\"Name\":\"other\"}");
        REQUESTS.put("DeleteEventBus", "{\"Name\":\"other-bus\"}");
    }

    @AfterAll
    static void close() {
        RUNTIME.close();
    }

    @Test
    void everyServedOperationIsFuzzed() throws Exception {
        RequestMutations probe = new RequestMutations(ENDPOINT, CONTENT_TYPE, 0);

        assertEquals(REQUESTS.keySet().stream().sorted().toList(), probe.servedOperations(TARGET,
                RequestMutations.sdkOperations(EventBridgeClient.class)).stream().toList());
    }

    @Test
    void mutatedRequestsAreAnsweredInAwsErrorShape() throws Exception {
        RequestMutations mutations = new RequestMutations(ENDPOINT, CONTENT_TYPE, 11);
        for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
            mutations.check(TARGET + "." + request.getKey(), request.getValue(), 80);
        }
    }
}
