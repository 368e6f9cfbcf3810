package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.events.EventsApi;
import com.apartmentbooking.local.events.EventsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * The events:putEvents integration against a stand-in for the EventBridge service (a separate service with
 * its own tests): it accepts every entry except those whose Source is {@code refused}.
 */
class EventBridgeTasksTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PUBLISH = """
            {"StartAt": "Publish", "States": {"Publish": {"Type": "Task",
              "Resource": "arn:aws:states:::events:putEvents",
              "Parameters": {"Entries": [{"EventBusName": "bookings", "Source.$": "$.source",
                "DetailType": "BookingConfirmed", "Detail": {"bookingId.$": "$.bookingId"}}]},
              "End": true}}}""";

    private final StandInEventBridge eventBridge = new StandInEventBridge();
    private final StatesRuntime runtime = new StatesRuntime(eventBridge, null);

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void publishesWithTheExecutionAsResource() throws Exception {
        String machine = runtime.createMachine("Publish", PUBLISH);
        String arn = runtime.start(machine, "publish", "{\"source\": \"booking\", \"bookingId\": \"b1\"}");

        DescribeExecutionResponse ended = runtime.awaitEnd(arn);

        assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
        assertEquals("{\"Entries\":[{\"EventId\":\"event-1\"}],\"FailedEntryCount\":0}", ended.output());
        JsonNode entry = eventBridge.requests.get(0).get("Entries").get(0);
        assertEquals("{\"bookingId\":\"b1\"}", entry.get("Detail").asText());
        assertEquals(MAPPER.readTree("[\"" + arn + "\", \"" + machine + "\"]"), entry.get("Resources"));
    }

    @Test
    void aFailedEntryFailsTheTask() throws Exception {
        String machine = runtime.createMachine("Publish", PUBLISH);
        DescribeExecutionResponse ended = runtime.awaitEnd(runtime.start(machine, "refused",
                "{\"source\": \"refused\", \"bookingId\": \"b1\"}"));

        assertEquals(ExecutionStatus.FAILED, ended.status());
        assertEquals("EventBridge.FailedEntry", ended.error());
        assertEquals(1, MAPPER.readTree(ended.cause()).get("FailedEntryCount").asInt());
    }

    @Test
    void aRefusedCallFailsTheTaskWithItsEventBridgeErrorName() {
        String machine = runtime.createMachine("Publish", PUBLISH.replace("\"bookings\"", "\"missing\""));
        DescribeExecutionResponse ended = runtime.awaitEnd(runtime.start(machine, "missing",
                "{\"source\": \"booking\", \"bookingId\": \"b1\"}"));

        assertEquals(ExecutionStatus.FAILED, ended.status());
        assertEquals("EventBridge.ResourceNotFoundException", ended.error());
    }

    /** Answers PutEvents as EventBridge does; the bus {@code missing} does not exist. */
    static final class StandInEventBridge implements EventsApi {
        final List<JsonNode> requests = new CopyOnWriteArrayList<>();

        @Override
        public JsonNode putEvents(JsonNode request) {
            requests.add(request);
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            ArrayNode entries = response.putArray("Entries");
            int failed = 0;
            for (JsonNode entry : request.get("Entries")) {
                if (entry.get("EventBusName").asText().equals("missing")) {
                    throw new EventsException(400, "ResourceNotFoundException",
                            "Event bus missing does not exist.");
                }
                if (entry.get("Source").asText().equals("refused")) {
                    entries.addObject().put("ErrorCode", "NotAuthorizedForSourceException")
                            .put("ErrorMessage", "Not authorized for the source.");
                    failed++;
                } else {
                    entries.addObject().put("EventId", "event-" + requests.size());
                }
            }
            return response.put("FailedEntryCount", failed);
        }
    }
}
