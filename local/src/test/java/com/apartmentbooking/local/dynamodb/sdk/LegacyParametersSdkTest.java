package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.ss;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** The legacy parameters (Expected, AttributeUpdates, KeyConditions, QueryFilter, ScanFilter, AttributesToGet) through the SDK. */
class LegacyParametersSdkTest {

    static SdkRuntime runtime;
    static DynamoDbClient ddb;
    static String table;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
        table = tableName("legacy");
        createTable(ddb, table, "pk", "sk");
        for (int i = 0; i < 10; i++) {
            String sk = "s" + i;
            int v = i;
            ddb.putItem(r -> r.tableName(table).item(item("pk", "p", "sk", sk, "v", n(v), "kind", v % 2 == 0 ? "even" : "odd")));
        }
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Condition cond(ComparisonOperator op, AttributeValue... values) {
        return Condition.builder().comparisonOperator(op).attributeValueList(values).build();
    }

    private static List<String> sks(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("sk").s()).toList();
    }

    @Test
    void expectedGuardsPutAndDelete() {
        ddb.putItem(r -> r.tableName(table).item(item("pk", "e", "sk", "1", "v", n(1)))
                .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build())));
        expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                () -> ddb.putItem(r -> r.tableName(table).item(item("pk", "e", "sk", "1", "v", n(2)))
                        .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build()))));
        ddb.putItem(r -> r.tableName(table).item(item("pk", "e", "sk", "1", "v", n(2)))
                .expected(Map.of("v", ExpectedAttributeValue.builder().value(n(1)).build())));
        expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                () -> ddb.deleteItem(r -> r.tableName(table).key(item("pk", "e", "sk", "1"))
                        .expected(Map.of("v", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.GT)
                                .attributeValueList(n(5)).build()))));
        ddb.deleteItem(r -> r.tableName(table).key(item("pk", "e", "sk", "1"))
                .conditionalOperator(ConditionalOperator.OR)
                .expected(Map.of(
                        "v", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.GT).attributeValueList(n(5)).build(),
                        "pk", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.NOT_NULL).build())));
        assertEquals(false, ddb.getItem(r -> r.tableName(table).key(item("pk", "e", "sk", "1"))).hasItem());
    }

    @Test
    void attributeUpdatesPutAddAndDelete() {
        ddb.putItem(r -> r.tableName(table).item(item("pk", "u", "sk", "1", "n", n(1), "tags", ss("a", "b"), "gone", "x")));
        Map<String, AttributeValue> after = ddb.updateItem(r -> r.tableName(table).key(item("pk", "u", "sk", "1"))
                .attributeUpdates(Map.of(
                        "n", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n(4)).build(),
                        "tags", AttributeValueUpdate.builder().action(AttributeAction.DELETE).value(ss("a")).build(),
                        "gone", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build(),
                        "name", AttributeValueUpdate.builder().action(AttributeAction.PUT).value(s("new")).build()))
                .expected(Map.of("n", ExpectedAttributeValue.builder().value(n(1)).build()))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertEquals(n(5), after.get("n"));
        assertEquals(List.of("b"), after.get("tags").ss());
        assertEquals(s("new"), after.get("name"));
        assertEquals(Set.of("pk", "sk", "n", "tags", "name"), after.keySet());
    }

    @Test
    void keyConditionsAndQueryFilter() {
        var response = ddb.query(r -> r.tableName(table)
                .keyConditions(Map.of("pk", cond(ComparisonOperator.EQ, s("p")), "sk", cond(ComparisonOperator.BETWEEN, s("s2"), s("s7"))))
                .queryFilter(Map.of("kind", cond(ComparisonOperator.EQ, s("even"))))
                .attributesToGet("sk", "v"));
        assertEquals(List.of("s2", "s4", "s6"), sks(response.items()));
        assertEquals(6, response.scannedCount());
        assertEquals(Set.of("sk", "v"), response.items().get(0).keySet());

        var beginsWith = ddb.query(r -> r.tableName(table).scanIndexForward(false)
                .keyConditions(Map.of("pk", cond(ComparisonOperator.EQ, s("p")), "sk", cond(ComparisonOperator.BEGINS_WITH, s("s")))));
        assertEquals(10, beginsWith.count());
        assertEquals("s9", beginsWith.items().get(0).get("sk").s());
    }

    @Test
    void scanFilterWithOperatorsAndConditionalOperator() {
        var and = ddb.scan(r -> r.tableName(table).scanFilter(Map.of(
                "v", cond(ComparisonOperator.GE, n(3)),
                "kind", cond(ComparisonOperator.IN, s("odd"), s("none")))));
        assertEquals(Set.of("s3", "s5", "s7", "s9"), new HashSet<>(sks(and.items())));
        var or = ddb.scan(r -> r.tableName(table).conditionalOperator(ConditionalOperator.OR).scanFilter(Map.of(
                "v", cond(ComparisonOperator.LT, n(1)),
                "sk", cond(ComparisonOperator.CONTAINS, s("9")))));
        assertEquals(Set.of("s0", "s9"), new HashSet<>(sks(or.items())));
        var notNull = ddb.scan(r -> r.tableName(table).scanFilter(Map.of("gone", cond(ComparisonOperator.NULL))));
        assertEquals(true, notNull.count() >= 10);
    }

    @Test
    void getItemAttributesToGet() {
        var item = ddb.getItem(r -> r.tableName(table).key(item("pk", "p", "sk", "s1")).attributesToGet("v", "nope")).item();
        assertEquals(item("v", n(1)), item);
    }

    @Test
    void legacyOperatorWithWrongArgumentCountIsValidation() {
        expectError(DynamoDbException.class, "ValidationException",
                "One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN "
                        + "ComparisonOperator",
                () -> ddb.query(r -> r.tableName(table).keyConditions(Map.of(
                        "pk", cond(ComparisonOperator.EQ, s("p")), "sk", cond(ComparisonOperator.BETWEEN, s("s2"))))));
    }
}
