package com.apartmentbooking.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.validation.InputRules;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        AslDefinition.assigns().forEach(assign -> assign.fieldNames().forEachRemaining(assigned::add));

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
        String expression = AslDefinition.jsonata(AslDefinition.updates().get("ReserveApartment.Update.ApartmentsTable")
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
        // TransactWriteItems returns no attributes: the same expression in the same state gives the same time.
        assertEquals(AslDefinition.updates().get("ReserveApartment.Update.ApartmentsTable").path("ExpressionAttributeValues")
                        .path(":reservedUntil").path("S").asText(),
                AslDefinition.state("ReserveApartment").path("Assign").path("reservedUntil").asText());
    }

    @Test
    void onlyAWholeWindowInTheReservationApisRangeIsHeld() {
        String condition = AslDefinition.state("CheckPaymentWindow").path("Choices").get(0).path("Condition").asText();
        assertEquals("ReserveApartment",
                AslDefinition.state("CheckPaymentWindow").path("Choices").get(0).path("Next").asText());
        assertEquals("InvalidPaymentWindow", AslDefinition.state("CheckPaymentWindow").path("Default").asText());

        for (Object accepted : List.of(InputRules.MIN_PAYMENT_WINDOW_SECONDS, 900, InputRules.MAX_PAYMENT_WINDOW_SECONDS)) {
            assertEquals(Boolean.TRUE, windowAccepted(condition, accepted), "refuses " + accepted);
        }
        List<Object> refused = new ArrayList<>(List.of(InputRules.MIN_PAYMENT_WINDOW_SECONDS - 1,
                InputRules.MAX_PAYMENT_WINDOW_SECONDS + 1, 999_999_999, -900, 900.5, "900", true));
        refused.add(null);
        for (Object window : refused) {
            assertNotEquals(Boolean.TRUE, windowAccepted(condition, window), "accepts " + window);
        }
    }

    @Test
    void aRefusedHoldIsExplainedFromTheStoredBooking() {
        Map<String, Object> requested = storedBooking("REQUESTED", "apt-1", "900");
        String cancelled = "Transaction cancelled, please refer cancellation reasons for specific reasons ";

        assertEquals("BookingNotFound", whyRefused(Map.of(), cancelled + "[ConditionalCheckFailed, None]", 0));
        assertEquals("BookingRequestMismatch", whyRefused(storedBooking("REQUESTED", "apt-2", "900"),
                cancelled + "[ConditionalCheckFailed, None]", 0));
        assertEquals("BookingRequestMismatch", whyRefused(storedBooking("REQUESTED", "apt-1", "60"),
                cancelled + "[ConditionalCheckFailed, None]", 0));
        assertEquals("BookingNotRequested", whyRefused(storedBooking("RESERVED", "apt-1", "900"),
                cancelled + "[ConditionalCheckFailed, None]", 0));
        assertEquals("WaitAfterHoldConflict", whyRefused(requested, cancelled + "[None, TransactionConflict]", 0));
        assertEquals("RejectBooking", whyRefused(requested, cancelled + "[None, TransactionConflict]", 5));
        assertEquals("RejectBooking", whyRefused(requested, cancelled + "[None, ConditionalCheckFailed]", 0));
    }

    @Test
    void aRefusalOfTheHoldThisExecutionAlreadyTookCarriesOnAndADuplicatesIsNotRequested() {
        String cancelled = "Transaction cancelled, please refer cancellation reasons for specific reasons "
                + "[ConditionalCheckFailed, ConditionalCheckFailed]";

        assertEquals("PublishBookingReserved",
                whyRefused(heldBooking("RESERVED", EXECUTION_ARN), cancelled, 0));
        assertEquals("WaitForPayment", whyRefused(heldBooking("PAID", EXECUTION_ARN), cancelled, 0));
        assertEquals("BookingNotRequested",
                whyRefused(heldBooking("RESERVED", EXECUTION_ARN + "-duplicate"), cancelled, 0));
    }

    private static Map<String, Object> heldBooking(String status, String executionArn) {
        Map<String, Object> item = new java.util.HashMap<>(storedBooking(status, "apt-1", "900"));
        item.put("executionArn", Map.of("S", executionArn));
        item.put("reservedUntil", Map.of("S", "2025-03-01T10:15:00Z"));
        return item;
    }

    private static Object windowAccepted(String condition, Object window) {
        Jsonata jsonata = Jsonata.jsonata(AslDefinition.jsonata(condition));
        Jsonata.Frame frame = jsonata.createFrame();
        frame.bind("paymentWindowSeconds", window);
        return jsonata.evaluate(null, frame);
    }

    private static Map<String, Object> storedBooking(String status, String apartmentId, String window) {
        return Map.of("status", Map.of("S", status), "apartmentId", Map.of("S", apartmentId),
                "paymentWindowSeconds", Map.of("N", window));
    }

    private static final String EXECUTION_ARN = "arn:aws:states:us-east-1:123456789012:execution:booking:run-1";

    /** The state WhyWasTheHoldRefused picks for the read booking (empty: none) of a request for apt-1, 900 s. */
    private static String whyRefused(Map<String, Object> item, String refusal, int conflicts) {
        JsonNode choice = AslDefinition.state("WhyWasTheHoldRefused");
        Map<String, Object> getItemResult = item.isEmpty() ? Map.of() : Map.of("Item", item);
        for (JsonNode rule : choice.path("Choices")) {
            Jsonata jsonata = Jsonata.jsonata(AslDefinition.jsonata(rule.path("Condition").asText()));
            Jsonata.Frame frame = jsonata.createFrame();
            frame.bind("states", Map.of("input", getItemResult));
            frame.bind("apartmentId", "apt-1");
            frame.bind("paymentWindowSeconds", 900);
            frame.bind("holdRefusal", refusal);
            frame.bind("holdConflicts", conflicts);
            frame.bind("executionArn", EXECUTION_ARN);
            if (Boolean.TRUE.equals(jsonata.evaluate(null, frame))) {
                return rule.path("Next").asText();
            }
        }
        return choice.path("Default").asText();
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
