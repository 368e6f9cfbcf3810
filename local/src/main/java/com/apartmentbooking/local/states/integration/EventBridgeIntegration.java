package com.apartmentbooking.local.states.integration;

import com.apartmentbooking.local.events.EventsApi;
import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.apartmentbooking.local.states.engine.task.Integration;
import com.apartmentbooking.local.states.engine.task.IntegrationRegistry;
import com.apartmentbooking.local.states.engine.task.TaskRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The optimized EventBridge integration ({@code arn:aws:states:::events:putEvents}, also
 * {@code .waitForTaskToken}): PutEvents with each entry's Detail given as JSON, and the execution's and state
 * machine's ARNs added to each entry's Resources. The result is {@code {Entries, FailedEntryCount}}; a
 * non-zero FailedEntryCount fails the task with {@code EventBridge.FailedEntry}.
 */
public final class EventBridgeIntegration implements Integration {
    public static final String FAILED_ENTRY = "EventBridge.FailedEntry";
    private static final ServiceErrors ERRORS = new ServiceErrors("EventBridge", "AmazonEventBridge",
            Set.of("ResourceNotFoundException", "InternalException", "ConcurrentModificationException",
                    "LimitExceededException"), "AmazonEventBridgeException", false);

    private final EventsApi eventBridge;
    private final InProcessCalls calls;

    public EventBridgeIntegration(EventsApi eventBridge, InProcessCalls calls) {
        this.eventBridge = eventBridge;
        this.calls = calls;
    }

    public void registerIn(IntegrationRegistry registry) {
        registry.register("events", "putEvents", this);
    }

    @Override
    public CompletionStage<JsonNode> invoke(TaskRequest request) {
        ObjectNode putEvents = putEventsRequest(request);
        return calls.call(() -> eventBridge.putEvents(putEvents), ERRORS::name).thenApply(response -> {
            JsonNode body = response.body();
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.set("Entries", body.path("Entries").deepCopy());
            result.put("FailedEntryCount", body.path("FailedEntryCount").asInt());
            if (result.get("FailedEntryCount").asInt() > 0) {
                throw new CompletionException(new StatesError(FAILED_ENTRY, EventDetails.text(result)));
            }
            return result;
        });
    }

    private static ObjectNode putEventsRequest(TaskRequest request) {
        ObjectNode putEvents = Parameters.copy(request);
        JsonNode entries = putEvents.path("Entries");
        String machineArn = request.context().path("StateMachine").path("Id").asText(null);
        for (JsonNode entry : entries) {
            if (!(entry instanceof ObjectNode fields)) {
                continue;
            }
            JsonNode detail = fields.get("Detail");
            if (detail != null && !detail.isTextual()) {
                fields.put("Detail", EventDetails.text(detail));
            }
            ArrayNode resources = fields.has("Resources") && fields.get("Resources").isArray()
                    ? (ArrayNode) fields.get("Resources") : fields.putArray("Resources");
            resources.add(request.executionArn());
            if (machineArn != null) {
                resources.add(machineArn);
            }
        }
        return putEvents;
    }
}
