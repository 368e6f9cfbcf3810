package com.apartmentbooking.local.events;

import com.apartmentbooking.local.server.RequestMutations;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Mutated EventBridge requests over the wire never answer a 5xx or anything but AWS's JSON error shape. */
class EventsRequestFuzzTest {

    private static final EventsRuntime RUNTIME = EventsRuntime.inMemory(null);
    private static final RequestMutations MUTATIONS =
            new RequestMutations(URI.create(RUNTIME.endpoint() + "/"), "application/x-amz-json-1.1", 11);

    @AfterAll
    static void close() {
        RUNTIME.close();
    }

    private static void check(String operation, String request) throws Exception {
        MUTATIONS.check("AWSEvents." + operation, request, 150);
    }

    @Test
    void rulesAndTargets() throws Exception {
        check("PutRule", "{\"Name\":\"fuzz\",\"EventPattern\":\"{\\\"source\\\":[\\\"app\\\"],\\\"detail\\\":"
                + "{\\\"n\\\":[{\\\"numeric\\\":[\\\">\\\",1]}]}}\",\"State\":\"ENABLED\",\"Description\":\"d\"}");
        check("PutTargets", "{\"Rule\":\"fuzz\",\"Targets\":[{\"Id\":\"t1\","
                + "\"Arn\":\"arn:aws:sqs:us-east-1:000000000000:missing\",\"InputPath\":\"$.detail\","
                + "\"RetryPolicy\":{\"MaximumRetryAttempts\":2,\"MaximumEventAgeInSeconds\":60}}]}");
        check("TestEventPattern", "{\"EventPattern\":\"{\\\"source\\\":[\\\"app\\\"]}\",\"Event\":\"{\\\"id\\\":\\\"1\\\","
                + "\\\"source\\\":\\\"app\\\",\\\"detail-type\\\":\\\"t\\\",\\\"account\\\":\\\"000000000000\\\","
                + "\\\"region\\\":\\\"us-east-1\\\",\\\"time\\\":\\\"2026-01-01T00:00:00Z\\\",\\\"resources\\\":[],"
                + "\\\"detail\\\":{}}\"}");
    }

    @Test
    void events() throws Exception {
        check("PutEvents", "{\"Entries\":[{\"Source\":\"app\",\"DetailType\":\"t\",\"Detail\":\"{\\\"n\\\":2}\","
                + "\"Resources\":[\"arn:aws:s3:::b\"],\"Time\":1767225600}]}");
        check("ListRules", "{\"NamePrefix\":\"f\",\"Limit\":10}");
    }
}
