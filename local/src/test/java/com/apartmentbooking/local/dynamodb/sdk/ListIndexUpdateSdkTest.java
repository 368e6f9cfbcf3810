package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.l;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.m;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.ss;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** Several SET, ADD and REMOVE actions on indexes of one list in one update expression. */
class ListIndexUpdateSdkTest {

    static SdkRuntime runtime;
    static DynamoDbClient ddb;
    static String table;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
        table = tableName("lix");
        createTable(ddb, table, "id", null);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Map<String, AttributeValue> update(String id, String expression, Map<String, AttributeValue> values) {
        return ddb.updateItem(r -> r.tableName(table).key(item("id", id)).updateExpression(expression)
                .expressionAttributeValues(values.isEmpty() ? null : values).returnValues(ReturnValue.UPDATED_NEW))
                .attributes();
    }

    private static AttributeValue list(String id) {
        return ddb.getItem(r -> r.tableName(table).key(item("id", id)).consistentRead(true)).item().get("l");
    }

    @Test
    void replacingAppendingAndRemovingIndexesAllNameTheOriginalList() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "mixed", "l", l(s("x"), s("y"), s("z")))));

        update("mixed", "SET l[0] = :a, l[5] = :b REMOVE l[1]", Map.of(":a", s("a"), ":b", s("b")));

        assertEquals(l(s("a"), s("z"), s("b")), list("mixed"));
    }

    @Test
    void valuesSetPastTheEndAreAppendedInIndexOrderWhateverTheActionOrder() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "order", "l", l(n(1), n(3)),
                "b", m("a", n(1), "b", n(2), "c", n(3)))));

        Map<String, AttributeValue> updated = update("order",
                "SET l[1] = id, l[4] = b.a - b.b, l[2] = b.c ADD l[8] :set, l[6] :two",
                Map.of(":set", ss("a"), ":two", n(2)));

        assertEquals(l(n(1), s("order"), n(3), n(-1), n(2), ss("a")), list("order"));
        // UPDATED_NEW shows the new item at the paths the expression named: l[1], l[2] and l[4] exist there.
        assertEquals(Map.of("l", l(s("order"), n(3), n(2))), updated);
    }

    @Test
    void removingAnIndexPastTheEndLeavesAnAppendedValueInPlace() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "past", "l", l(n(0), n(1), n(2)))));

        update("past", "SET l[9] = :v REMOVE l[3], l[0]", Map.of(":v", n(9)));

        assertEquals(l(n(1), n(2), n(9)), list("past"));
    }

    @Test
    void removingSeveralIndexesRemovesTheOriginalElements() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "rm", "l", l(n(0), n(1), n(2), n(3), n(4)))));

        update("rm", "REMOVE l[1], l[3], l[2]", Map.of());

        assertEquals(l(n(0), n(4)), list("rm"));
    }

    @Test
    void nestedListsAreUpdatedBesideRemovalsFromTheirParent() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "nested", "l", l(s("gone"), l(n(0)), s("kept")))));

        update("nested", "SET l[1][3] = :v, l[1][0] = :w REMOVE l[0]", Map.of(":v", n(3), ":w", n(7)));

        assertEquals(l(l(n(7), n(3)), s("kept")), list("nested"));
    }

    @Test
    void overlappingAndConflictingIndexesAreRefusedAndChangeNothing() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "overlap", "l", l(m("a", n(1)), n(2)))));

        expectError(DynamoDbException.class, "ValidationException",
                "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of"
                        + " these paths; path one: [l, [0]], path two: [l, [0]]",
                () -> update("overlap", "SET l[0] = :v REMOVE l[0]", Map.of(":v", n(1))));
        expectError(DynamoDbException.class, "ValidationException",
                "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of"
                        + " these paths; path one: [l, [0], a], path two: [l, [0]]",
                () -> update("overlap", "SET l[0].a = :v, l[0] = :v", Map.of(":v", n(1))));
        expectError(DynamoDbException.class, "ValidationException",
                "Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of"
                        + " these paths; path one: [l, [0]], path two: [l, a]",
                () -> update("overlap", "SET l[0] = :v, l.a = :v", Map.of(":v", n(1))));

        assertEquals(l(m("a", n(1)), n(2)), list("overlap"));
    }
}
