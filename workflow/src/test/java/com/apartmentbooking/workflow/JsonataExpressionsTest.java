package com.apartmentbooking.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.model.ApartmentStatus;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSONata expressions parse, refer only to variables the workflow assigns, and compute what the
 * design asks for. They are evaluated with a Java port of JSONata, binding {@code $states} the way
 * Step Functions does.
 */
class JsonataExpressionsTest {

    /** A {@code $name} that is not a function call; {@code $states} is the one Step Functions binds. */
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)\\b(?!\\s*\\()");
    private static final String BOOKING_ID = "b-7";

    @Test
    void everyExpressionParses() {
        AslDefinition.expressions(AslDefinition.root()).forEach((where, expression) -> {
            try {
                Jsonata.jsonata(expression);
            } catch (RuntimeException e) {
                throw new AssertionError(where + ": " + expression + " does not parse: " + e.getMessage(), e);
            }
        });
    }

    @Test
    void everyVariableReadIsAssignedByAState() {
        Set<String> assigned = new HashSet<>(Set.of("states"));
        AslDefinition.states().values()
                .forEach(state -> state.path("Assign").fieldNames().forEachRemaining(assigned::add));

        AslDefinition.expressions(AslDefinition.root()).forEach((where, expression) -> {
            Matcher matcher = VARIABLE.matcher(expression);
            while (matcher.find()) {
                assertTrue(assigned.contains(matcher.group(1)),
                        where + " reads $" + matcher.group(1) + ", which no state assigns");
            }
        });
    }

    @Test
    void theFirstStateKeepsTheRequestInVariables() {
        JsonNode assign = AslDefinition.state(AslDefinition.root().path("StartAt").asText()).path("Assign");
        for (String field : new String[] {"bookingId", "apartmentId", "customerId", "paymentWindowSeconds"}) {
            assertEquals("{% $states.input." + field + " %}", assign.path(field).asText(), field);
        }
    }

    @Test
    void reservedUntilIsTheReservationsEnteredTimePlusTheWindow() {
        String expression = AslDefinition.jsonata(AslDefinition.state("ReserveApartment").path("Arguments")
                .path("ExpressionAttributeValues").path(":reservedUntil").path("S").asText());
        Jsonata jsonata = Jsonata.jsonata(expression);
        Jsonata.Frame frame = jsonata.createFrame();
        frame.bind("states", Map.of("context", Map.of("State", Map.of("EnteredTime", "2025-03-01T10:00:00.123Z"))));
        frame.bind("paymentWindowSeconds", 900);

        Object reservedUntil = jsonata.evaluate(null, frame);

        assertEquals("2025-03-01T10:15:00.123Z", reservedUntil);
        assertEquals(Instant.parse("2025-03-01T10:00:00.123Z").plusSeconds(900), Instant.parse((String) reservedUntil));
    }

    @Test
    void theReservationRemembersTheReservedUntilItStored() {
        String expression = AslDefinition.jsonata(
                AslDefinition.state("ReserveApartment").path("Assign").path("reservedUntil").asText());
        Jsonata jsonata = Jsonata.jsonata(expression);
        Jsonata.Frame frame = jsonata.createFrame();
        // What updateItem returns with ReturnValues UPDATED_NEW.
        frame.bind("states", Map.of("result", Map.of("Attributes", Map.of(
                "status", Map.of("S", "RESERVED"),
                "reservedUntil", Map.of("S", "2025-03-01T10:15:00.123Z")))));

        assertEquals("2025-03-01T10:15:00.123Z", jsonata.evaluate(null, frame));
        assertEquals("UPDATED_NEW",
                AslDefinition.state("ReserveApartment").path("Arguments").path("ReturnValues").asText());
    }

    @Test
    void theWaitLastsTheBookingsPaymentWindow() {
        JsonNode wait = AslDefinition.state("WaitForPayment");

        assertEquals("Wait", wait.path("Type").asText());
        assertFalse(wait.has("Timestamp"));
        assertTrue(wait.path("Seconds").isTextual(), "the window is the booking's, not a constant");
        assertEquals("$paymentWindowSeconds", AslDefinition.jsonata(wait.path("Seconds").asText()));
    }

    @Test
    void onlyAnApartmentPaidByThisBookingConfirmsIt() {
        String paid = ApartmentStatus.PAID.name();

        assertTrue(paidByThisBooking(apartmentItem(paid, BOOKING_ID)));
        assertFalse(paidByThisBooking(apartmentItem(paid, "someone-else")));
        assertFalse(paidByThisBooking(apartmentItem(ApartmentStatus.RESERVED.name(), BOOKING_ID)));
        assertFalse(paidByThisBooking(apartmentItem(ApartmentStatus.VACANT.name(), null)));
        assertFalse(paidByThisBooking(Map.of()), "an apartment that is gone is released, not confirmed");
    }

    @Test
    void theChoiceComparesTheApartmentWithTheModelsPaidStatus() {
        String condition = AslDefinition.state("IsPaidByThisBooking").path("Choices").get(0).path("Condition").asText();
        Matcher literal = Pattern.compile("'([A-Z_]+)'").matcher(condition);

        assertTrue(literal.find());
        assertEquals(ApartmentStatus.PAID.name(), literal.group(1));
    }

    /** Runs GetApartment's Output on a getItem result, then the Choice's condition on that output. */
    private static boolean paidByThisBooking(Map<String, Object> getItemResult) {
        Jsonata output =
                Jsonata.jsonata(AslDefinition.jsonata(AslDefinition.state("GetApartment").path("Output").asText()));
        Jsonata.Frame outputFrame = output.createFrame();
        outputFrame.bind("states", Map.of("result", getItemResult));
        Object apartment = output.evaluate(null, outputFrame);

        Jsonata condition = Jsonata.jsonata(AslDefinition.jsonata(AslDefinition.state("IsPaidByThisBooking")
                .path("Choices").get(0).path("Condition").asText()));
        Jsonata.Frame conditionFrame = condition.createFrame();
        conditionFrame.bind("states", Map.of("input", apartment));
        conditionFrame.bind("bookingId", BOOKING_ID);
        return Boolean.TRUE.equals(condition.evaluate(null, conditionFrame));
    }

    private static Map<String, Object> apartmentItem(String status, String bookingId) {
        return bookingId == null
                ? Map.of("Item", Map.of("status", Map.of("S", status)))
                : Map.of("Item", Map.of("status", Map.of("S", status), "bookingId", Map.of("S", bookingId)));
    }
}
