package com.apartmentbooking.local.states.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stored history block reads back as the events GetExecutionHistory returned before it was stored. */
class HistoryCodecTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00.123456789Z");

    @Test
    void eventsOfEveryFieldKindReadBackAsWritten() throws Exception {
        JsonNode input = Json.DATA.readTree("{\"guest\":\"Zoë \\\"the\\\" guest\",\"nights\":3,\"rate\":12.5,"
                + "\"tags\":[\"a\",null,true]}");
        List<HistoryEvent> events = List.of(
                new HistoryEvent(7, 6, START, "TaskStateEntered",
                        EventDetails.of("stateEnteredEventDetails").text("name", "Reserve").payload("input", input)
                                .build()),
                new HistoryEvent(8, 7, START.plusNanos(1), "TaskScheduled",
                        EventDetails.of("taskScheduledEventDetails").text("resourceType", "dynamodb")
                                .text("resource", "putItem").text("region", "eu-west-3").bare("parameters", input)
                                .number("timeoutInSeconds", 99_999_999_999L).number("heartbeatInSeconds", 60)
                                .build()),
                new HistoryEvent(9, 0, START.minusSeconds(5), "AnEventNotYetListed", null),
                new HistoryEvent(10, 8, START.plusSeconds(86_400 * 400L), "PassStateExited",
                        EventDetails.of("stateExitedEventDetails").text("name", "Keep")
                                .payload("output", JsonNodeFactory.instance.textNode("done"))
                                .variables(Map.of("guest", input)).build()));

        List<HistoryEvent> read = HistoryCodec.decode(HistoryCodec.encode(events), 7);

        assertEquals(events.stream().map(HistoryEvent::toJson).toList(), read.stream().map(HistoryEvent::toJson).toList());
        assertEquals(events.stream().map(HistoryEvent::timestamp).toList(),
                read.stream().map(HistoryEvent::timestamp).toList());
    }

    @Test
    void detailsReadBackFromAnotherStoreKeepTheirValueKinds() {
        ObjectNode written = JsonNodeFactory.instance.objectNode();
        written.put("error", "States.TaskFailed").put("length", 3).put("big", 1L << 40).put("ratio", 0.25)
                .put("flag", true).putNull("nothing");
        written.putObject("outputDetails").put("truncated", true);
        written.putObject("inputDetails").put("truncated", false);
        written.putArray("list").add(1).add("two");
        HistoryEvent event = new HistoryEvent(1, 0, START, "ExecutionFailed",
                EventDetails.parse("executionFailedEventDetails", written));

        HistoryEvent read = HistoryCodec.decode(HistoryCodec.encode(List.of(event)), 1).get(0);

        assertEquals(event.toJson(), read.toJson());
        assertEquals(event.toString(), read.toString());
    }
}
