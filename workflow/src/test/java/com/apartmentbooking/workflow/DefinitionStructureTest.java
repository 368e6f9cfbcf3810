package com.apartmentbooking.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The definition is a well-formed JSONata state machine whose every path reaches an end. */
class DefinitionStructureTest {

    private static final Set<String> TERMINAL_TYPES = Set.of("Succeed", "Fail");
    private static final Set<String> TYPES =
            Set.of("Task", "Pass", "Wait", "Choice", "Succeed", "Fail", "Parallel", "Map");
    /** Fields of the JSONPath query language, which a JSONata state machine must not use. */
    private static final Set<String> JSONPATH_FIELDS = Set.of(
            "Parameters", "InputPath", "OutputPath", "ResultPath", "ResultSelector",
            "SecondsPath", "TimestampPath", "Variable", "ItemsPath");

    @Test
    void isAJsonObjectWithACommentAndStates() {
        JsonNode root = AslDefinition.root();

        assertTrue(root.isObject());
        assertFalse(root.path("Comment").asText().isBlank(), "the definition explains itself in its Comment");
        assertTrue(root.path("States").isObject() && root.path("States").size() > 0);
    }

    @Test
    void usesJsonataThroughout() {
        assertEquals("JSONata", AslDefinition.root().path("QueryLanguage").asText());
        AslDefinition.states().forEach((name, state) -> {
            assertFalse(state.has("QueryLanguage") && !"JSONata".equals(state.get("QueryLanguage").asText()),
                    name + " switches query language");
            state.fieldNames().forEachRemaining(field ->
                    assertFalse(JSONPATH_FIELDS.contains(field), name + " uses the JSONPath field " + field));
        });
    }

    @Test
    void startsAtAnExistingState() {
        String startAt = AslDefinition.root().path("StartAt").asText();

        assertTrue(AslDefinition.states().containsKey(startAt), "StartAt " + startAt + " is not a state");
    }

    @Test
    void everyTransitionNamesAnExistingState() {
        Map<String, JsonNode> states = AslDefinition.states();
        states.forEach((name, state) -> {
            for (String target : AslDefinition.transitions(state)) {
                assertTrue(states.containsKey(target), name + " goes to the unknown state " + target);
            }
        });
    }

    @Test
    void everyStateIsReachableFromStartAt() {
        Map<String, JsonNode> states = AslDefinition.states();
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(AslDefinition.root().path("StartAt").asText()));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (states.containsKey(name) && reached.add(name)) {
                pending.addAll(AslDefinition.transitions(states.get(name)));
            }
        }

        Set<String> unreachable = new LinkedHashSet<>(states.keySet());
        unreachable.removeAll(reached);
        assertTrue(unreachable.isEmpty(), "unreachable states: " + unreachable);
    }

    @Test
    void everyStateEitherEndsOrMovesOn() {
        AslDefinition.states().forEach((name, state) -> {
            String type = state.path("Type").asText();
            assertTrue(TYPES.contains(type), name + " has the unknown type " + type);
            boolean next = state.has("Next");
            boolean end = state.path("End").asBoolean(false);
            if (TERMINAL_TYPES.contains(type)) {
                assertFalse(next || state.has("End"), name + " is terminal and must not name a successor");
            } else if ("Choice".equals(type)) {
                assertTrue(state.path("Choices").size() > 0, name + " has no rules");
                // Without a Default an unmatched input fails the execution with States.NoChoiceMatched.
                assertTrue(state.has("Default"), name + " has no Default");
                assertFalse(next || state.has("End"), name + " is a Choice and takes neither Next nor End");
            } else {
                assertTrue(next ^ end, name + " needs exactly one of Next and End: true");
            }
        });
    }

    @Test
    void everyStateCanReachAnEnd() {
        Map<String, JsonNode> states = AslDefinition.states();
        Set<String> canEnd = new HashSet<>();
        states.forEach((name, state) -> {
            if (TERMINAL_TYPES.contains(state.path("Type").asText()) || state.path("End").asBoolean(false)) {
                canEnd.add(name);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, JsonNode> e : states.entrySet()) {
                if (!canEnd.contains(e.getKey())
                        && AslDefinition.transitions(e.getValue()).stream().anyMatch(canEnd::contains)) {
                    canEnd.add(e.getKey());
                    grew = true;
                }
            }
        }

        Set<String> trapped = new LinkedHashSet<>(states.keySet());
        trapped.removeAll(canEnd);
        assertTrue(trapped.isEmpty(), "states from which no Succeed, Fail or End is reachable: " + trapped);
    }

    @Test
    void followsTheDesignedFlow() {
        assertEquals(List.of("ReadBookingRequest", "CheckPaymentWindow"),
                nextChain(AslDefinition.root().path("StartAt").asText()));
        assertEquals(List.of("ReserveApartment", "PublishBookingReserved",
                        "WaitForPayment", "GetApartment", "IsPaidByThisBooking"),
                nextChain("ReserveApartment"));
        assertEquals(List.of("ReadRefusedBooking", "WhyWasTheHoldRefused"), nextChain("ReadRefusedBooking"));
        assertEquals("RejectBooking", AslDefinition.state("WhyWasTheHoldRefused").path("Default").asText());
        Map<String, String> refusals = Map.of(
                "InvalidPaymentWindow", "Booking.InvalidPaymentWindow",
                "BookingNotFound", "Booking.NotFound",
                "BookingRequestMismatch", "Booking.RequestMismatch",
                "BookingNotRequested", "Booking.NotRequested");
        refusals.forEach((state, error) -> {
            assertEquals("Fail", AslDefinition.state(state).path("Type").asText(), state);
            assertEquals(error, AslDefinition.state(state).path("Error").asText(), state);
            assertTrue(AslDefinition.state(state).path("Cause").asText().contains("$bookingId"), state);
        });

        JsonNode choice = AslDefinition.state("IsPaidByThisBooking");
        assertEquals(1, choice.path("Choices").size());
        assertEquals("ConfirmBooking", choice.path("Choices").get(0).path("Next").asText());
        assertEquals("ReleaseApartment", choice.path("Default").asText());

        assertEquals(List.of("ConfirmBooking", "PublishBookingConfirmed", "BookingConfirmed"),
                nextChain("ConfirmBooking"));
        assertEquals(List.of("ReleaseApartment", "MarkBookingExpired", "PublishBookingExpired", "BookingExpired"),
                nextChain("ReleaseApartment"));
        assertEquals(List.of("RejectBooking", "PublishBookingRejected", "BookingRejected"), nextChain("RejectBooking"));
        for (String outcome : List.of("BookingConfirmed", "BookingExpired", "BookingRejected")) {
            assertEquals("Succeed", AslDefinition.state(outcome).path("Type").asText(), outcome);
        }
    }

    /** Follows plain Next links from a state until one has none; the Choice and terminal states stop it. */
    private static List<String> nextChain(String from) {
        List<String> chain = new ArrayList<>();
        String name = from;
        while (name != null) {
            JsonNode state = AslDefinition.state(name);
            assertFalse(chain.contains(name), "Next links loop at " + name);
            chain.add(name);
            name = state.has("Next") ? state.get("Next").asText() : null;
        }
        return chain;
    }
}
