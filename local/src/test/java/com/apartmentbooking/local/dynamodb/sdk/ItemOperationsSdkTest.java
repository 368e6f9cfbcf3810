package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.b;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.bool;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectErrorStartingWith;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.l;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.m;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.ns;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.nul;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.recordedError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.ss;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** PutItem, GetItem, UpdateItem, DeleteItem with expressions, return values and their errors, through the SDK. */
class ItemOperationsSdkTest {

    static SdkRuntime runtime;
    static DynamoDbClient ddb;
    static String table;
    static String composite;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
        table = tableName("items");
        createTable(ddb, table, "id", null);
        composite = tableName("composite");
        createTable(ddb, composite, "pk", "sk");
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Map<String, AttributeValue> get(String id) {
        var response = ddb.getItem(r -> r.tableName(table).key(item("id", id)).consistentRead(true));
        return response.hasItem() ? response.item() : null;
    }

    private static void put(Map<String, AttributeValue> item) {
        ddb.putItem(r -> r.tableName(table).item(item));
    }

    @Test
    void everyAttributeTypeRoundTrips() {
        Map<String, AttributeValue> item = item(
                "id", "types",
                "s", "text ünïcødé",
                "n", n("-12.5"),
                "b", b((byte) 0x90, (byte) 0, (byte) 0xff),
                "bool", bool(true),
                "null", nul(),
                "ss", ss("x", "y"),
                "ns", ns(1, "2.5"),
                "bs", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {1}), SdkBytes.fromByteArray(new byte[] {2, 3}))),
                "l", l(s("a"), n(1), l(), m()),
                "m", m("inner", m("deep", s("v")), "empty", s("")));
        put(item);
        Map<String, AttributeValue> read = get("types");
        assertEquals(item.keySet(), read.keySet());
        for (String k : List.of("id", "s", "n", "b", "bool", "null", "l", "m")) {
            assertEquals(item.get(k), read.get(k), k);
        }
        assertEquals(Set.of("x", "y"), new HashSet<>(read.get("ss").ss()));
        assertEquals(Set.of("1", "2.5"), new HashSet<>(read.get("ns").ns()));
        assertEquals(2, read.get("bs").bs().size());
    }

    @ParameterizedTest
    @CsvSource({"1.50,1.5", "0100,100", "-0,0", "1E+2,100", "1.0e-3,0.001", "123456789012345678901234567890123456.78,123456789012345678901234567890123456.78"})
    void numbersComeBackInCanonicalForm(String written, String canonical) {
        String id = "num-" + written;
        put(item("id", id, "v", n(written)));
        assertEquals(canonical, get(id).get("v").n());
    }

    @Test
    void putItemReturnsOldItemAndReplacesIt() {
        put(item("id", "p1", "a", "1", "b", "2"));
        var response = ddb.putItem(r -> r.tableName(table).item(item("id", "p1", "c", "3")).returnValues(ReturnValue.ALL_OLD));
        assertEquals(item("id", "p1", "a", "1", "b", "2"), response.attributes());
        assertEquals(item("id", "p1", "c", "3"), get("p1"));
        var none = ddb.putItem(r -> r.tableName(table).item(item("id", "p1-new")).returnValues(ReturnValue.ALL_OLD));
        assertFalse(none.hasAttributes() && !none.attributes().isEmpty(), "no old item, no Attributes");
    }

    @Test
    void putItemWithReturnValuesOtherThanAllOldOrNoneIsInvalid() {
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> ddb.putItem(r -> r.tableName(table).item(item("id", "rv")).returnValues(ReturnValue.ALL_NEW)));
    }

    @Test
    void conditionalPutFailsWithItemWhenAsked() {
        put(item("id", "c1", "v", 1));
        var e = expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                () -> ddb.putItem(r -> r.tableName(table).item(item("id", "c1", "v", 2))
                        .conditionExpression("attribute_not_exists(id)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals(item("id", "c1", "v", 1), e.item());
        var without = expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                () -> ddb.putItem(r -> r.tableName(table).item(item("id", "c1", "v", 2)).conditionExpression("attribute_not_exists(id)")));
        assertFalse(without.hasItem(), "no Item without ReturnValuesOnConditionCheckFailure");
        assertEquals(item("id", "c1", "v", 1), get("c1"));
        ddb.putItem(r -> r.tableName(table).item(item("id", "c1", "v", 2)).conditionExpression("v = :one")
                .expressionAttributeValues(Map.of(":one", n(1))));
        assertEquals(n(2), get("c1").get("v"));
    }

    @Test
    void deleteItemConditionFailureCarriesOldItemAsRecordedOnAws() {
        JsonNode recorded = recordedError("test_return_values_on_conditions_check_failure");
        put(item("id", "456", "price", n(650), "product", "sporting goods"));
        var e = expectError(ConditionalCheckFailedException.class, recorded.get("error_code").asText(), recorded.get("message").asText(),
                () -> ddb.deleteItem(r -> r.tableName(table).key(item("id", "456"))
                        .conditionExpression("price between :lo and :hi")
                        .expressionAttributeValues(Map.of(":lo", n(500), ":hi", n(600)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals(item("id", "456", "price", n(650), "product", "sporting goods"), e.item());
        assertEquals(recorded.get("http_status").asInt(), e.statusCode());
        assertTrue(get("456") != null, "not deleted");
    }

    @Test
    void deleteItemReturnsOldItem() {
        put(item("id", "d1", "a", "x"));
        var response = ddb.deleteItem(r -> r.tableName(table).key(item("id", "d1")).returnValues(ReturnValue.ALL_OLD)
                .conditionExpression("a = :x").expressionAttributeValues(Map.of(":x", s("x"))));
        assertEquals(item("id", "d1", "a", "x"), response.attributes());
        assertEquals(null, get("d1"));
        // Deleting a missing item is fine without a condition, and fails attribute_exists.
        ddb.deleteItem(r -> r.tableName(table).key(item("id", "d1")));
        expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                () -> ddb.deleteItem(r -> r.tableName(table).key(item("id", "d1")).conditionExpression("attribute_exists(id)")));
    }

    @Test
    void getItemProjectsNestedPathsAndNames() {
        put(item("id", "g1", "name", "n", "m", m("a", n(1), "b", m("c", s("deep"))), "l", l(s("x"), s("y"), s("z")), "other", "o"));
        var projected = ddb.getItem(r -> r.tableName(table).key(item("id", "g1"))
                .projectionExpression("#n, m.b.c, l[1], absent")
                .expressionAttributeNames(Map.of("#n", "name"))).item();
        assertEquals(item("name", "n", "m", m("b", m("c", s("deep"))), "l", l(s("y"))), projected);
        var missing = ddb.getItem(r -> r.tableName(table).key(item("id", "nope")));
        assertFalse(missing.hasItem());
        var strong = ddb.getItem(r -> r.tableName(table).key(item("id", "g1")).consistentRead(true));
        assertEquals(n(1), strong.item().get("m").m().get("a"));
    }

    @Test
    void updateItemEvaluatesEveryActionAndReturnValue() {
        put(item("id", "u1", "n", n(10), "s", "old", "l", l(n(1)), "m", m("a", n(1)), "ss", ss("a", "b"), "ns", ns(1, 2), "gone", "x"));
        var updatedNew = ddb.updateItem(r -> r.tableName(table).key(item("id", "u1"))
                .updateExpression("SET n = n + :five, s = :new, l = list_append(l, :more), m.b = :two, "
                        + "c = if_not_exists(c, :zero), n2 = n - :five REMOVE gone ADD ss :c, hits2 :one DELETE ns :one")
                .expressionAttributeValues(Map.of(":five", n(5), ":new", s("new"), ":more", l(n(2), n(3)),
                        ":two", n(2), ":zero", n(0), ":c", ss("c"), ":one", ns(1)))
                .returnValues(ReturnValue.UPDATED_NEW));
        // ":one" is a number set for DELETE and cannot also ADD to a number: hits2 gets an NS.
        Map<String, AttributeValue> after = get("u1");
        assertEquals(n(15), after.get("n"));
        assertEquals(s("new"), after.get("s"));
        assertEquals(l(n(1), n(2), n(3)), after.get("l"));
        assertEquals(m("a", n(1), "b", n(2)), after.get("m"));
        assertEquals(n(0), after.get("c"));
        assertEquals(n(5), after.get("n2"), "n - :five uses the value before the update");
        assertFalse(after.containsKey("gone"));
        assertEquals(Set.of("a", "b", "c"), new HashSet<>(after.get("ss").ss()));
        assertEquals(Set.of("2"), new HashSet<>(after.get("ns").ns()));
        assertEquals(Set.of("id", "n", "s", "l", "m", "c", "n2", "ss", "hits2", "ns"), after.keySet());
        assertEquals(Set.of("n", "s", "l", "m", "c", "n2", "ss", "hits2", "ns"), updatedNew.attributes().keySet(),
                "UPDATED_NEW has the updated attributes only");
    }

    @Test
    void updateItemReturnValuesVariants() {
        Map<String, AttributeValue> start = item("id", "rv1", "n", n(1), "s", "x", "keep", "k");
        put(start);
        var updatedOld = ddb.updateItem(r -> r.tableName(table).key(item("id", "rv1"))
                .updateExpression("SET n = n + :one, added = :v REMOVE s")
                .expressionAttributeValues(Map.of(":one", n(1), ":v", s("v")))
                .returnValues(ReturnValue.UPDATED_OLD)).attributes();
        assertEquals(item("n", n(1), "s", "x"), updatedOld);
        var allOld = ddb.updateItem(r -> r.tableName(table).key(item("id", "rv1"))
                .updateExpression("SET n = n + :one").expressionAttributeValues(Map.of(":one", n(1)))
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        assertEquals(item("id", "rv1", "n", n(2), "keep", "k", "added", "v"), allOld);
        var allNew = ddb.updateItem(r -> r.tableName(table).key(item("id", "rv1"))
                .updateExpression("SET n = n + :one").expressionAttributeValues(Map.of(":one", n(1)))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertEquals(item("id", "rv1", "n", n(4), "keep", "k", "added", "v"), allNew);
        var none = ddb.updateItem(r -> r.tableName(table).key(item("id", "rv1"))
                .updateExpression("SET n = :one").expressionAttributeValues(Map.of(":one", n(1)))
                .returnValues(ReturnValue.NONE));
        assertFalse(none.hasAttributes() && !none.attributes().isEmpty());
    }

    @Test
    void updateItemCreatesMissingItemAndAddsToAbsentAttributes() {
        var created = ddb.updateItem(r -> r.tableName(table).key(item("id", "new-u"))
                .updateExpression("ADD hits :one, tags :t SET #st = :s")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":one", n(1), ":t", ss("t"), ":s", s("NEW")))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertEquals(n(1), created.get("hits"));
        assertEquals(List.of("t"), created.get("tags").ss());
        assertEquals(s("NEW"), created.get("status"));
        assertEquals(s("new-u"), created.get("id"));
    }

    @Test
    void updateItemSetsNestedListElementsAndRemovesListElements() {
        put(item("id", "nest", "l", l(s("a"), s("b"), s("c")), "m", m("nested", m("arr", l(n(1), n(2))))));
        ddb.updateItem(r -> r.tableName(table).key(item("id", "nest"))
                .updateExpression("SET l[1] = :x, m.nested.arr[5] = :y REMOVE l[0]")
                .expressionAttributeValues(Map.of(":x", s("B"), ":y", n(3))));
        Map<String, AttributeValue> after = get("nest");
        assertEquals(l(s("B"), s("c")), after.get("l"));
        assertEquals(l(n(1), n(2), n(3)), after.get("m").m().get("nested").m().get("arr"), "an index past the end appends");
    }

    @Test
    void conditionExpressionFunctionsAndPrecedence() {
        put(item("id", "cx", "name", "apartment-12", "n", n(7), "tags", ss("sea", "view"), "l", l(n(1), n(2)),
                "m", m("k", s("v")), "flag", bool(false)));
        String[] holding = {
                "attribute_exists(#name) AND attribute_not_exists(nope)",
                "attribute_type(n, :N) AND attribute_type(tags, :SS) AND attribute_type(m, :M)",
                "begins_with(#name, :apt) AND contains(#name, :dash) AND contains(tags, :sea)",
                "size(l) = :two AND size(#name) > :two AND size(tags) = :two AND size(m) = :one",
                "n BETWEEN :five AND :seven AND n IN (:one, :seven)",
                "n > :five AND n >= :seven AND n < :ten AND n <= :seven AND n <> :five",
                "NOT n = :five",
                "n = :five OR n = :seven AND flag = :false",
                "(n = :five OR n = :seven) AND flag = :false",
                "NOT (n = :five AND flag = :true)",
                "m.k = :v AND l[1] = :two",
                "n = :five AND flag = :true OR attribute_exists(m.k)"};
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":N", s("N"));
        values.put(":SS", s("SS"));
        values.put(":M", s("M"));
        values.put(":apt", s("apart"));
        values.put(":dash", s("-"));
        values.put(":sea", s("sea"));
        values.put(":one", n(1));
        values.put(":two", n(2));
        values.put(":five", n(5));
        values.put(":seven", n(7));
        values.put(":ten", n(10));
        values.put(":false", bool(false));
        values.put(":true", bool(true));
        values.put(":v", s("v"));
        for (String condition : holding) {
            Map<String, AttributeValue> used = usedValues(condition, values);
            Map<String, String> names = condition.contains("#name") ? Map.of("#name", "name") : null;
            ddb.updateItem(r -> r.tableName(table).key(item("id", "cx")).updateExpression("SET touched = :touched")
                    .conditionExpression(condition).expressionAttributeNames(names)
                    .expressionAttributeValues(with(used, ":touched", s(condition))));
            assertEquals(s(condition), get("cx").get("touched"), condition);
        }
        String[] failing = {
                "n = :five",
                "attribute_not_exists(n)",
                "attribute_type(n, :SS)",
                "n BETWEEN :one AND :five",
                "n IN (:one, :five)",
                "NOT (n = :seven)",
                "(n = :five OR n = :seven) AND flag = :true",
                "begins_with(m.k, :apt)",
                "absent.zz = :one"};
        for (String condition : failing) {
            expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                    () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "cx")).updateExpression("SET touched = :touched")
                            .conditionExpression(condition)
                            .expressionAttributeValues(with(usedValues(condition, values), ":touched", s("no")))));
        }
    }

    private static Map<String, AttributeValue> usedValues(String expression, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> used = new HashMap<>();
        values.forEach((k, v) -> {
            if (expression.matches(".*" + k + "(?![A-Za-z0-9_]).*")) {
                used.put(k, v);
            }
        });
        return used;
    }

    private static Map<String, AttributeValue> with(Map<String, AttributeValue> values, String k, AttributeValue v) {
        Map<String, AttributeValue> copy = new HashMap<>(values);
        copy.put(k, v);
        return copy;
    }

    // ---- errors ----

    @Test
    void getItemWithWrongKeyDoesNotMatchSchema() {
        expectError(DynamoDbException.class, "ValidationException", "The provided key element does not match the schema",
                () -> ddb.getItem(r -> r.tableName(table).key(item("other", "x"))));
        expectError(DynamoDbException.class, "ValidationException", "The provided key element does not match the schema",
                () -> ddb.getItem(r -> r.tableName(table).key(item("id", "x", "extra", "y"))));
        expectError(DynamoDbException.class, "ValidationException", "The provided key element does not match the schema",
                () -> ddb.getItem(r -> r.tableName(table).key(item("id", n(1)))));
        expectError(DynamoDbException.class, "ValidationException", "The provided key element does not match the schema",
                () -> ddb.deleteItem(r -> r.tableName(composite).key(item("pk", "x"))));
    }

    @Test
    void putItemWithoutKeyOrWithWrongKeyTypeIsInvalid() {
        expectError(DynamoDbException.class, "ValidationException", "One or more parameter values were invalid: Missing the key id in the item",
                () -> put(item("other", "x")));
        expectError(DynamoDbException.class, "ValidationException",
                "One or more parameter values were invalid: Type mismatch for key id expected: S actual: N",
                () -> put(item("id", n(1))));
        expectError(DynamoDbException.class, "ValidationException",
                "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: id",
                () -> put(item("id", "")));
    }

    @Test
    void operationsOnMissingTableAreResourceNotFound() {
        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.putItem(r -> r.tableName("no-such-table").item(item("id", "x"))));
        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.getItem(r -> r.tableName("no-such-table").key(item("id", "x"))));
        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.updateItem(r -> r.tableName("no-such-table").key(item("id", "x"))
                        .updateExpression("SET a = :a").expressionAttributeValues(Map.of(":a", n(1)))));
        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.deleteItem(r -> r.tableName("no-such-table").key(item("id", "x"))));
    }

    @Test
    void unusedAndUndefinedPlaceholdersAreErrors() {
        expectError(DynamoDbException.class, "ValidationException",
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}",
                () -> ddb.putItem(r -> r.tableName(table).item(item("id", "ph")).conditionExpression("attribute_not_exists(id)")
                        .expressionAttributeValues(Map.of(":unused", n(1)))));
        expectError(DynamoDbException.class, "ValidationException",
                "Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}",
                () -> ddb.putItem(r -> r.tableName(table).item(item("id", "ph")).conditionExpression("attribute_not_exists(id)")
                        .expressionAttributeNames(Map.of("#unused", "x"))));
        expectError(DynamoDbException.class, "ValidationException",
                "Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :missing",
                () -> ddb.putItem(r -> r.tableName(table).item(item("id", "ph")).conditionExpression("id = :missing")));
        expectError(DynamoDbException.class, "ValidationException",
                "Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #missing",
                () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "ph")).updateExpression("SET #missing = :v")
                        .expressionAttributeValues(Map.of(":v", n(1)))));
        expectError(DynamoDbException.class, "ValidationException", "ExpressionAttributeValues must not be empty",
                () -> ddb.putItem(r -> r.tableName(table).item(item("id", "ph")).conditionExpression("attribute_not_exists(id)")
                        .expressionAttributeValues(Map.of())));
    }

    @Test
    void reservedWordsNeedPlaceholders() {
        expectError(DynamoDbException.class, "ValidationException",
                "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status",
                () -> ddb.putItem(r -> r.tableName(table).item(item("id", "rw")).conditionExpression("attribute_not_exists(status)")));
        expectError(DynamoDbException.class, "ValidationException",
                "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: name",
                () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "rw")).updateExpression("SET name = :v")
                        .expressionAttributeValues(Map.of(":v", n(1)))));
        expectError(DynamoDbException.class, "ValidationException",
                "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: size",
                () -> ddb.getItem(r -> r.tableName(table).key(item("id", "rw")).projectionExpression("id, size")));
    }

    @Test
    void syntaxErrorsNameTheExpression() {
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "Invalid UpdateExpression: Syntax error; token: ",
                () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "syn")).updateExpression("SET a")));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "Invalid ConditionExpression: Syntax error; token: ",
                () -> ddb.putItem(r -> r.tableName(table).item(item("id", "syn")).conditionExpression("a = = b")));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "Invalid ProjectionExpression: Syntax error; token: ",
                () -> ddb.getItem(r -> r.tableName(table).key(item("id", "syn")).projectionExpression("a,,b")));
    }

    @Test
    void keyAttributesCannotBeUpdated() {
        put(item("id", "key-upd"));
        expectError(DynamoDbException.class, "ValidationException",
                "One or more parameter values were invalid: Cannot update attribute id. This attribute is part of the key",
                () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "key-upd")).updateExpression("SET id = :v")
                        .expressionAttributeValues(Map.of(":v", s("other")))));
        expectError(DynamoDbException.class, "ValidationException",
                "One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key",
                () -> ddb.updateItem(r -> r.tableName(composite).key(item("pk", "a", "sk", "b")).updateExpression("REMOVE sk")));
    }

    @Test
    void overlappingUpdatePathsAreErrors() {
        expectErrorStartingWith(DynamoDbException.class, "ValidationException",
                "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a",
                () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "ovl")).updateExpression("SET a = :v, a.b = :v")
                        .expressionAttributeValues(Map.of(":v", n(1)))));
    }

    @Test
    void updateReferringToMissingAttributeOrWrongTypeFails() {
        put(item("id", "types-upd", "s", "text"));
        expectError(DynamoDbException.class, "ValidationException",
                "The provided expression refers to an attribute that does not exist in the item",
                () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "types-upd")).updateExpression("SET a = absent + :v")
                        .expressionAttributeValues(Map.of(":v", n(1)))));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "An operand in the update expression has an incorrect data type",
                () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "types-upd")).updateExpression("ADD s :v")
                        .expressionAttributeValues(Map.of(":v", n(1)))));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException",
                "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING",
                () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "types-upd")).updateExpression("ADD n :v")
                        .expressionAttributeValues(Map.of(":v", s("x")))));
    }

    @Test
    void dataRulesForNumbersSetsAndItemSize() {
        expectError(DynamoDbException.class, "ValidationException", "Attempting to store more than 38 significant digits in a Number",
                () -> put(item("id", "big", "v", n("123456789012345678901234567890123456789"))));
        expectError(DynamoDbException.class, "ValidationException",
                "Number overflow. Attempting to store a number with magnitude larger than supported range",
                () -> put(item("id", "big", "v", n("1E+126"))));
        expectError(DynamoDbException.class, "ValidationException",
                "Number underflow. Attempting to store a number with magnitude smaller than supported range",
                () -> put(item("id", "small", "v", n("1E-131"))));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "One or more parameter values were invalid: An string set",
                () -> put(item("id", "emptyset", "v", AttributeValue.fromSs(List.of()))));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "One or more parameter values were invalid: Input collection",
                () -> put(item("id", "dupset", "v", ss("a", "a"))));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> put(item("id", "badnum", "v", n("not-a-number"))));
        String big = "x".repeat(400 * 1024);
        expectError(DynamoDbException.class, "ValidationException", "Item size has exceeded the maximum allowed size",
                () -> put(item("id", "huge", "v", big)));
        // Just under the limit is accepted: 400 KB counts names and values in UTF-8 bytes.
        String fits = "x".repeat(400 * 1024 - "id".length() - "fits".length() - "v".length());
        put(item("id", "fits", "v", fits));
        assertEquals(fits.length(), get("fits").get("v").s().length());
    }

    @Test
    void legacyAndExpressionParametersCannotBeMixed() {
        expectError(DynamoDbException.class, "ValidationException",
                "Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}",
                () -> ddb.getItem(r -> r.tableName(table).key(item("id", "mix")).attributesToGet("a").projectionExpression("b")));
    }
}
