package com.apartmentbooking.bench.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Apartments (VACANT) and their bookings (REQUESTED) in the template's tables, as the reservation API leaves them,
 * for workflow executions to start on. Each booking is written first in another status, so that its stream record is
 * not a new REQUESTED booking: the template's outbox relay would start a second execution for it.
 */
public final class BookingSeed {

    private BookingSeed() {
    }

    /** Apartments {@code <prefix>a<i>} and bookings {@code <prefix>b<i>}, i from 0 to count - 1. */
    public static void seed(DynamoDbClient dynamoDb, String prefix, int count, int paymentWindowSeconds) {
        List<WriteRequest> apartments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            apartments.add(put(Map.of("id", s(prefix + "a" + i), "status", s("VACANT"),
                    "version", AttributeValue.fromN("0"))));
        }
        batchWrite(dynamoDb, table(dynamoDb, "ApartmentsTable"), apartments);
        String bookingsTable = table(dynamoDb, "BookingsTable");
        for (String status : List.of("SEEDED", "REQUESTED")) {
            List<WriteRequest> bookings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                bookings.add(put(Map.of("id", s(prefix + "b" + i), "apartmentId", s(prefix + "a" + i),
                        "customerId", s("c" + i), "status", s(status), "paymentWindowSeconds",
                        AttributeValue.fromN(Integer.toString(paymentWindowSeconds)))));
            }
            batchWrite(dynamoDb, bookingsTable, bookings);
        }
    }

    /** The name of the template's table whose logical id is {@code logicalId}. */
    public static String table(DynamoDbClient dynamoDb, String logicalId) {
        return dynamoDb.listTables().tableNames().stream().filter(name -> name.endsWith(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no table for " + logicalId));
    }

    private static void batchWrite(DynamoDbClient dynamoDb, String table, List<WriteRequest> writes) {
        for (int from = 0; from < writes.size(); from += 25) {
            List<WriteRequest> batch = writes.subList(from, Math.min(writes.size(), from + 25));
            Map<String, List<WriteRequest>> items = new HashMap<>(Map.of(table, batch));
            while (!items.isEmpty()) {
                Map<String, List<WriteRequest>> request = items;
                items = dynamoDb.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
            }
        }
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
