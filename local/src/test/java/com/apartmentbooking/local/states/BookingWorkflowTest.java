package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * The project's booking workflow as written, with its substitutions, against the real DynamoDB and the
 * stand-in EventBridge of {@link EventBridgeTasksTest}.
 */
class BookingWorkflowTest {
    private static final Path DEFINITION = Path.of("..", "workflow", "booking.asl.json");

    private final EventBridgeTasksTest.StandInEventBridge eventBridge = new EventBridgeTasksTest.StandInEventBridge();
    private final StatesRuntime runtime = new StatesRuntime(eventBridge, null);
    private String machine;

    @BeforeEach
    void deploy() throws IOException {
        for (String table : List.of("Apartments", "Bookings")) {
            runtime.dynamoDbClient.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(d -> d.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        }
        put("Apartments", "a1", "VACANT");
        runtime.dynamoDbClient.putItem(b -> b.tableName("Bookings").item(Map.of("id", AttributeValue.fromS("b1"),
                "status", AttributeValue.fromS("REQUESTED"), "apartmentId", AttributeValue.fromS("a1"),
                "paymentWindowSeconds", AttributeValue.fromN("900"))));
        String definition = Files.readString(DEFINITION).replace("${ApartmentsTable}", "Apartments")
                .replace("${BookingsTable}", "Bookings").replace("${EventBusName}", "bookings");
        machine = runtime.createMachine("BookingWorkflow", definition);
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void anUnpaidBookingExpiresWhenItsWindowEnds() {
        String arn = startBooking();
        runtime.awaitEvent(arn, HistoryEventType.WAIT_STATE_ENTERED);
        assertEquals("RESERVED", status("Apartments", "a1"));
        assertEquals("RESERVED", status("Bookings", "b1"));

        runtime.clock.advance(Duration.ofMinutes(15));

        DescribeExecutionResponse ended = runtime.awaitEnd(arn);
        assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
        assertEquals("VACANT", status("Apartments", "a1"));
        assertEquals("EXPIRED", status("Bookings", "b1"));
        assertEquals(List.of("BookingReserved", "BookingExpired"), detailTypes());
    }

    @Test
    void aPaidBookingIsConfirmed() {
        String arn = startBooking();
        runtime.awaitEvent(arn, HistoryEventType.WAIT_STATE_ENTERED);
        runtime.dynamoDbClient.updateItem(b -> b.tableName("Apartments").key(Map.of("id", AttributeValue.fromS("a1")))
                .updateExpression("SET #s = :paid").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":paid", AttributeValue.fromS("PAID"))));
        put("Bookings", "b1", "PAID");

        runtime.clock.advance(Duration.ofMinutes(15));

        assertEquals(ExecutionStatus.SUCCEEDED, runtime.awaitEnd(arn).status());
        assertEquals("CONFIRMED", status("Bookings", "b1"));
        assertEquals(List.of("BookingReserved", "BookingConfirmed"), detailTypes());
    }

    @Test
    void aBookingForAHeldApartmentIsRejected() {
        put("Apartments", "a1", "RESERVED");

        assertEquals(ExecutionStatus.SUCCEEDED, runtime.awaitEnd(startBooking()).status());
        assertEquals("REJECTED", status("Bookings", "b1"));
        assertEquals(List.of("BookingRejected"), detailTypes());
    }

    private String startBooking() {
        return runtime.start(machine, "b1", """
                {"bookingId": "b1", "apartmentId": "a1", "customerId": "c1", "paymentWindowSeconds": 900}""");
    }

    private List<String> detailTypes() {
        return eventBridge.requests.stream().map(request -> request.at("/Entries/0/DetailType").asText()).toList();
    }

    private void put(String table, String id, String status) {
        runtime.dynamoDbClient.putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS(id),
                "status", AttributeValue.fromS(status))));
    }

    private String status(String table, String id) {
        return runtime.dynamoDbClient.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("id", AttributeValue.fromS(id)))).item().get("status").s();
    }
}
