package com.apartmentbooking.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.BookingStatus;
import com.apartmentbooking.model.items.Attributes;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The DynamoDB calls: conditions, names and values that match the model, retries and the designed catches. */
class DynamoDbTasksTest {

    private static final String CONDITION_FAILED = "DynamoDB.ConditionalCheckFailedException";
    /** How the AWS SDK integration names a transaction whose condition (or a conflict) cancelled it. */
    private static final String TRANSACTION_CANCELED = "DynamoDb.TransactionCanceledException";
    /** Throttling, 5xx and transaction conflicts (the payment handler writes the same items in a transaction). */
    private static final List<String> TRANSIENT_ERRORS = List.of(
            "DynamoDB.ProvisionedThroughputExceededException",
            "DynamoDB.ThrottlingException",
            "DynamoDB.RequestLimitExceeded",
            "DynamoDB.InternalServerError",
            "DynamoDB.ServiceUnavailable",
            "DynamoDB.TransactionConflictException");
    /** The same for the AWS SDK integration (SDK v2 names; a conflict between transactions cancels one instead). */
    private static final List<String> SDK_TRANSIENT_ERRORS = List.of(
            "DynamoDb.ProvisionedThroughputExceededException",
            "DynamoDb.ThrottlingException",
            "DynamoDb.RequestLimitExceededException",
            "DynamoDb.InternalServerErrorException",
            "DynamoDb.TransactionInProgressException");
    private static final Set<String> EXPRESSION_KEYWORDS = Set.of(
            "SET", "REMOVE", "ADD", "AND", "OR", "NOT", "IN", "attribute_exists", "attribute_not_exists");
    private static final Pattern NAME = Pattern.compile("#\\w+");
    private static final Pattern VALUE = Pattern.compile(":\\w+");
    private static final Pattern STATUS_OPERANDS = Pattern.compile(
            "#" + Attributes.STATUS + "\\s*(?:=\\s*(:\\w+)|IN\\s*\\(([^)]*)\\))");
    private static final String ENTERED_TIME = "$states.context.State.EnteredTime";

    @Test
    void everyTransientErrorIsRetriedWithJitteredExponentialBackoff() {
        AslDefinition.dynamoDbTasks().forEach((name, task) -> {
            JsonNode retry = task.path("Retry");
            assertEquals(1, retry.size(), name + " should have one retrier");
            JsonNode retrier = retry.get(0);
            Set<String> errors = AslDefinition.texts(retrier.path("ErrorEquals"));
            List<String> transientErrors = AslDefinition.TRANSACT_WRITE_ITEMS.equals(task.path("Resource").asText())
                    ? SDK_TRANSIENT_ERRORS : TRANSIENT_ERRORS;
            assertTrue(errors.containsAll(transientErrors), name + " does not retry " + missing(transientErrors, errors));
            assertTrue(retrier.path("IntervalSeconds").asInt() >= 1, name);
            assertEquals(2.0, retrier.path("BackoffRate").asDouble(), name);
            assertTrue(retrier.path("MaxAttempts").asInt() >= 3, name);
            assertTrue(retrier.path("MaxDelaySeconds").asInt() > 0, name + " lets the backoff grow without bound");
            assertEquals("FULL", retrier.path("JitterStrategy").asText(), name);
        });
    }

    @Test
    void aFailedConditionIsADecisionNeverRetried() {
        AslDefinition.dynamoDbTasks().forEach((name, task) -> task.path("Retry").forEach(retrier -> {
            Set<String> errors = AslDefinition.texts(retrier.path("ErrorEquals"));
            // States.TaskFailed and States.ALL would match the conditional check failure too.
            for (String forbidden : List.of(CONDITION_FAILED, TRANSACTION_CANCELED, "States.TaskFailed", "States.ALL")) {
                assertFalse(errors.contains(forbidden), name + " retries " + forbidden);
            }
        }));
    }

    @Test
    void failedConditionsGoWhereTheDesignSays() {
        assertEquals("ReadRefusedBooking",
                AslDefinition.catchTarget(AslDefinition.state("ReserveApartment"), TRANSACTION_CANCELED));
        assertEquals("ConfirmBooking", conditionFailedTarget("ReleaseApartment"));
    }

    @Test
    void everyWriteIsConditionalAndCatchesItsFailedCondition() {
        AslDefinition.updates().forEach((name, update) -> {
            assertFalse(update.path("ConditionExpression").asText().isBlank(), name + " writes unconditionally");
            JsonNode task = AslDefinition.taskOf(name);
            String failure = AslDefinition.TRANSACT_WRITE_ITEMS.equals(task.path("Resource").asText())
                    ? TRANSACTION_CANCELED : CONDITION_FAILED;
            assertNotNull(AslDefinition.catchTarget(task, failure),
                    name + " fails the execution when its condition does not hold");
        });
    }

    @Test
    void theHoldIsTakenOnlyForTheStoredRequestedBookingWhichLeavesRequestedInTheSameTransaction() {
        JsonNode items = AslDefinition.state("ReserveApartment").path("Arguments").path("TransactItems");
        assertEquals(AslDefinition.TRANSACT_WRITE_ITEMS, AslDefinition.state("ReserveApartment").path("Resource").asText());
        assertEquals(2, items.size());

        JsonNode booking = items.get(0).path("Update");
        assertEquals("${BookingsTable}", booking.path("TableName").asText());
        assertEquals("{% $bookingId %}", booking.path("Key").path(Attributes.ID).path("S").asText());
        assertEquals("#status = :requested AND #apartmentId = :apartmentId"
                + " AND #paymentWindowSeconds = :paymentWindowSeconds", booking.path("ConditionExpression").asText());
        JsonNode values = booking.path("ExpressionAttributeValues");
        assertEquals(BookingStatus.REQUESTED.name(), values.path(":requested").path("S").asText());
        assertEquals("{% $apartmentId %}", values.path(":apartmentId").path("S").asText());
        assertEquals("{% $string($paymentWindowSeconds) %}", values.path(":paymentWindowSeconds").path("N").asText());
        // Leaving REQUESTED in the hold's own write is what refuses every other execution of the same request.
        assertEquals(BookingStatus.RESERVED.name(), statusSet(booking));

        JsonNode hold = items.get(1).path("Update");
        assertEquals("${ApartmentsTable}", hold.path("TableName").asText());
        assertEquals("{% $apartmentId %}", hold.path("Key").path(Attributes.ID).path("S").asText());
        assertEquals("attribute_exists(#id) AND #status = :vacant", hold.path("ConditionExpression").asText());
        assertEquals(values.path(":reservedUntil"), hold.path("ExpressionAttributeValues").path(":reservedUntil"));
    }

    @Test
    void theApartmentReadIsConsistent() {
        assertTrue(AslDefinition.state("GetApartment").path("Arguments").path("ConsistentRead").asBoolean(false));
    }

    @Test
    void attributeNamesAreTheModelsAndEveryPlaceholderIsDeclaredAndUsed() {
        Set<String> modelNames = attributeNames();
        AslDefinition.dynamoDbRequests().forEach((name, arguments) -> {
            arguments.path("Key").fieldNames().forEachRemaining(key -> assertEquals(Attributes.ID, key, name));

            Map<String, String> names = new LinkedHashMap<>();
            arguments.path("ExpressionAttributeNames").fields()
                    .forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
            names.forEach((placeholder, attribute) -> {
                assertTrue(modelNames.contains(attribute),
                        name + " uses " + attribute + ", which is not in Attributes");
                assertEquals("#" + attribute, placeholder, name + " should name " + attribute + " #" + attribute);
            });

            String expressions = expressions(arguments);
            // DynamoDB rejects a request that declares a name or value its expressions do not use.
            assertEquals(names.keySet(), tokens(NAME, expressions), name + ": ExpressionAttributeNames");
            assertEquals(fieldNames(arguments.path("ExpressionAttributeValues")), tokens(VALUE, expressions),
                    name + ": ExpressionAttributeValues");

            String bareWords = NAME.matcher(VALUE.matcher(expressions).replaceAll(" ")).replaceAll(" ");
            for (String word : bareWords.split("[^A-Za-z_]+")) {
                assertTrue(word.isEmpty() || EXPRESSION_KEYWORDS.contains(word),
                        name + " names the attribute " + word + " directly instead of through #" + word);
            }
        });
    }

    @Test
    void statusValuesAreTheModelsEnumNames() {
        Set<String> apartmentStatuses = enumNames(ApartmentStatus.values());
        Set<String> bookingStatuses = enumNames(BookingStatus.values());
        AslDefinition.dynamoDbRequests().forEach((name, arguments) -> {
            if (!arguments.has("ConditionExpression")) {
                return;
            }
            boolean apartments = "${ApartmentsTable}".equals(arguments.path("TableName").asText());
            Set<String> allowed = apartments ? apartmentStatuses : bookingStatuses;

            Set<String> operands = statusOperands(expressions(arguments));
            assertFalse(operands.isEmpty(), name + " neither checks nor sets a status");
            for (String operand : operands) {
                String status = arguments.path("ExpressionAttributeValues").path(operand).path("S").asText();
                assertTrue(allowed.contains(status), name + " compares or sets status " + operand + " = " + status);
            }
        });
    }

    @Test
    void theWorkflowWritesTheStatusesTheDesignNames() {
        assertEquals(Map.of(
                        "ReserveApartment.Update.ApartmentsTable", "RESERVED",
                        "ReserveApartment.Update.BookingsTable", "RESERVED",
                        "ReleaseApartment", "VACANT",
                        "MarkBookingExpired", "EXPIRED",
                        "ConfirmBooking", "CONFIRMED",
                        "RejectBooking", "REJECTED"),
                AslDefinition.updates().entrySet().stream().collect(Collectors.toMap(
                        Map.Entry::getKey, e -> statusSet(e.getValue()))));
    }

    @Test
    void theRejectionAndTheReservationRecordTheExecution() {
        for (String name : List.of("ReserveApartment.Update.BookingsTable", "RejectBooking")) {
            JsonNode arguments = AslDefinition.dynamoDbRequests().get(name);
            assertTrue(arguments.path("UpdateExpression").asText()
                    .contains("#" + Attributes.EXECUTION_ARN + " = :executionArn"), name);
            assertEquals("{% $executionArn %}",
                    arguments.path("ExpressionAttributeValues").path(":executionArn").path("S").asText(), name);
        }
        assertEquals("{% $states.context.Execution.Id %}",
                AslDefinition.state("ReadBookingRequest").path("Assign").path("executionArn").asText());
        assertEquals("APARTMENT_UNAVAILABLE", AslDefinition.state("RejectBooking").path("Arguments")
                .path("ExpressionAttributeValues").path(":reason").path("S").asText());
    }

    @Test
    void everyTimeWrittenComesFromTheStateMachinesClock() {
        AslDefinition.expressions(AslDefinition.root()).forEach((where, expression) -> {
            for (String wallClock : List.of("$now(", "$millis(")) {
                assertFalse(expression.contains(wallClock), where + " reads the wall clock through " + wallClock + ")");
            }
        });

        AslDefinition.updates().forEach((name, arguments) -> {
            Matcher updatedAt = Pattern.compile("#" + Attributes.UPDATED_AT + " = (:\\w+)")
                    .matcher(arguments.path("UpdateExpression").asText());
            assertTrue(updatedAt.find(), name + " does not stamp updatedAt");
            assertEquals("{% " + ENTERED_TIME + " %}",
                    arguments.path("ExpressionAttributeValues").path(updatedAt.group(1)).path("S").asText(), name);
        });
        assertTrue(AslDefinition.updates().get("ReserveApartment.Update.ApartmentsTable").path("ExpressionAttributeValues")
                .path(":reservedUntil").path("S").asText().contains(ENTERED_TIME));
    }

    private static String conditionFailedTarget(String state) {
        return AslDefinition.catchTarget(AslDefinition.state(state), CONDITION_FAILED);
    }

    private static String statusSet(JsonNode arguments) {
        Matcher set = Pattern.compile("SET #" + Attributes.STATUS + " = (:\\w+)")
                .matcher(arguments.path("UpdateExpression").asText());
        assertTrue(set.find(), "no status set in " + arguments.path("UpdateExpression"));
        return arguments.path("ExpressionAttributeValues").path(set.group(1)).path("S").asText();
    }

    private static Set<String> statusOperands(String expressions) {
        Set<String> operands = new LinkedHashSet<>();
        Matcher matcher = STATUS_OPERANDS.matcher(expressions);
        while (matcher.find()) {
            String operandList = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            for (String operand : operandList.split(",")) {
                operands.add(operand.trim());
            }
        }
        return operands;
    }

    private static String expressions(JsonNode arguments) {
        return String.join(" ; ", List.of(
                arguments.path("ConditionExpression").asText(),
                arguments.path("UpdateExpression").asText(),
                arguments.path("ProjectionExpression").asText()));
    }

    private static Set<String> tokens(Pattern pattern, String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }


    private static List<String> missing(List<String> expected, Set<String> errors) {
        return expected.stream().filter(error -> !errors.contains(error)).toList();
    }

    private static Set<String> enumNames(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    private static Set<String> attributeNames() {
        Set<String> names = new HashSet<>();
        for (Field field : Attributes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
