package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectErrorStartingWith;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.l;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.m;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.ss;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Update expression corners: prepending, emptied sets, invalid document paths, BETWEEN bounds, mixed-type comparisons. */
class UpdateSemanticsSdkTest {

    static SdkRuntime runtime;
    static DynamoDbClient ddb;
    static String table;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
        table = tableName("upd");
        createTable(ddb, table, "id", null);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Map<String, AttributeValue> update(String id, String expression, Map<String, AttributeValue> values) {
        return ddb.updateItem(r -> r.tableName(table).key(item("id", id)).updateExpression(expression)
                .expressionAttributeValues(values)).attributes();
    }

    private static Map<String, AttributeValue> get(String id) {
        return ddb.getItem(r -> r.tableName(table).key(item("id", id)).consistentRead(true)).item();
    }

    @Test
    void listAppendPrependsAndRemovingPastTheEndIsHarmless() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "la", "l", l(n(2)))));
        update("la", "SET l = list_append(:front, l)", Map.of(":front", l(n(0), n(1))));
        assertEquals(l(n(0), n(1), n(2)), get("la").get("l"));
        ddb.updateItem(r -> r.tableName(table).key(item("id", "la")).updateExpression("REMOVE l[7], l[1]"));
        assertEquals(l(n(0), n(2)), get("la").get("l"));
    }

    @Test
    void deletingEveryElementOfASetRemovesTheAttribute() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "set", "tags", ss("a", "b"))));
        update("set", "DELETE tags :all", Map.of(":all", ss("a", "b", "c")));
        assertFalse(get("set").containsKey("tags"), "a set cannot be empty: the attribute goes");
    }

    @Test
    void settingBelowAMissingParentIsAnInvalidDocumentPath() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "doc", "m", m("a", n(1)), "notList", "x")));
        expectError(DynamoDbException.class, "ValidationException",
                "The document path provided in the update expression is invalid for update",
                () -> update("doc", "SET m.nope.deeper = :v", Map.of(":v", n(1))));
        expectError(DynamoDbException.class, "ValidationException",
                "The document path provided in the update expression is invalid for update",
                () -> update("doc", "SET notList[0] = :v", Map.of(":v", n(1))));
        assertEquals(item("id", "doc", "m", m("a", n(1)), "notList", "x"), get("doc"), "a failed update changes nothing");
    }

    @Test
    void betweenWithBoundsReversedIsAnError() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "btw", "v", n(3))));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException",
                "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound",
                () -> ddb.deleteItem(r -> r.tableName(table).key(item("id", "btw")).conditionExpression("v BETWEEN :hi AND :lo")
                        .expressionAttributeValues(Map.of(":hi", n(5), ":lo", n(1)))));
    }

    @Test
    void comparingDifferentTypesIsFalseNotAnError() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "types", "v", n(3))));
        expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                () -> ddb.deleteItem(r -> r.tableName(table).key(item("id", "types")).conditionExpression("v < :s")
                        .expressionAttributeValues(Map.of(":s", s("4")))));
        ddb.deleteItem(r -> r.tableName(table).key(item("id", "types")).conditionExpression("v <> :s")
                .expressionAttributeValues(Map.of(":s", s("3"))));
    }

    @Test
    void ifNotExistsKeepsTheCurrentValue() {
        ddb.putItem(r -> r.tableName(table).item(item("id", "ine", "created", "first")));
        update("ine", "SET created = if_not_exists(created, :now), seen = if_not_exists(seen, :now)", Map.of(":now", s("second")));
        assertEquals(s("first"), get("ine").get("created"));
        assertEquals(s("second"), get("ine").get("seen"));
    }
}
