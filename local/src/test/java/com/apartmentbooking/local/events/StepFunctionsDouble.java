package com.apartmentbooking.local.events;

import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for Step Functions' JSON protocol where a test needs a target that fails on command: records each
 * StartExecution and answers it, or fails it with the error it is told to (the real service cannot be made to
 * answer 500 or throttle; the whole stack's tests use it).
 */
final class StepFunctionsDouble implements AwsJsonService {

    private final List<JsonNode> started = new CopyOnWriteArrayList<>();
    private volatile AwsServiceException failure;
    private volatile int calls;

    /** From now on every StartExecution fails with {@code error}; null makes them succeed again. */
    void failWith(AwsServiceException error) {
        this.failure = error;
    }

    /** The StartExecution requests that succeeded. */
    List<JsonNode> started() {
        return started;
    }

    /** How many StartExecution calls were made, successful or not. */
    int calls() {
        return calls;
    }

    @Override
    public String targetPrefix() {
        return "AWSStepFunctions";
    }

    @Override
    public String errorTypePrefix() {
        return "";
    }

    @Override
    public long maxRequestBytes() {
        return 1 << 20;
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, RequestContext ctx) {
        if (!"StartExecution".equals(operation)) {
            throw AwsServiceException.unknownOperation();
        }
        calls++;
        AwsServiceException error = failure;
        if (error != null) {
            throw error;
        }
        started.add(request);
        return JsonNodeFactory.instance.objectNode()
                .put("executionArn", request.get("stateMachineArn").asText().replace(":stateMachine:", ":execution:") + ":run")
                .put("startDate", 0);
    }
}
