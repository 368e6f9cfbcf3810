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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * ExecuteStatement through the SDK's DynamoDbClient: each statement kind, parameters, paging, RETURNING, and
 * DynamoDB's errors. Batches and transactions are in {@link PartiqlBatchAndTransactionSdkTest}.
 */
class PartiqlSdkTest {

    static SdkRuntime runtime;
    static DynamoDbClient ddb;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    static ExecuteStatementResponse execute(String statement, AttributeValue... parameters) {
        return ddb.executeStatement(r -> r.statement(statement).parameters(parameters.length == 0 ? null
                : List.of(parameters)));
    }

    @Test
    void insertWritesTheItemAndSelectReadsItBack() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", "sk");

        ExecuteStatementResponse insert = execute("INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'sk': ?, "
                + "'n': 1.50, 'flag': true, 'none': null, 'tags': <<'x', 'y'>>, 'nested': {'list': [1, 'two']}}",
                s("1"));

        assertTrue(insert.hasItems());
        assertEquals(List.of(), insert.items(), "a write without RETURNING answers no items");
        Map<String, AttributeValue> stored = ddb.getItem(r -> r.tableName(table).key(item("pk", "a", "sk", "1")))
                .item();
        assertEquals(item("pk", "a", "sk", "1", "n", n("1.5"), "flag", AttributeValue.fromBool(true),
                "none", AttributeValue.fromNul(true), "tags", ss("x", "y"),
                "nested", m("list", l(n(1), s("two")))), stored);
        assertEquals(List.of(stored), execute("SELECT * FROM \"" + table + "\" WHERE pk = ? AND sk = '1'", s("a"))
                .items());
    }

    @Test
    void insertOfAnExistingKeyIsADuplicateItem() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", null);
        execute("INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'v': 1}");

        expectError(DuplicateItemException.class, "DuplicateItemException", "Duplicate primary key exists in table",
                () -> execute("INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'v': 2}"));
        assertEquals(n(1), ddb.getItem(r -> r.tableName(table).key(item("pk", "a"))).item().get("v"));
    }

    @Test
    void selectFiltersOnKeyAndNonKeyAttributesAndProjectsColumns() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", "sk");
        ddb.putItem(r -> r.tableName(table).item(item("pk", "p", "sk", "s0", "n", 0)));
        for (int i = 1; i <= 4; i++) {
            int value = i;
            ddb.putItem(r -> r.tableName(table).item(item("pk", value % 2 == 0 ? "even" : "odd", "sk", "s" + value,
                    "n", value, "address", m("city", "c" + value))));
        }

        List<Map<String, AttributeValue>> odd = execute("SELECT sk, address.city FROM \"" + table
                + "\" WHERE pk = 'odd' AND n > ?", n(1)).items();
        assertEquals(List.of(item("sk", "s3", "city", "c3")), odd);

        List<Map<String, AttributeValue>> big = execute("SELECT pk, sk FROM \"" + table + "\" WHERE n BETWEEN 2 AND 3 "
                + "OR begins_with(sk, 's4')").items();
        assertEquals(3, big.size());
        assertTrue(big.contains(item("pk", "even", "sk", "s4")));

        assertEquals(List.of(item("sk", "s2")), execute("SELECT sk FROM \"" + table + "\" WHERE pk IN ('even', "
                + "'none') AND NOT sk = 's4'").items());
        assertEquals(1, execute("SELECT * FROM \"" + table + "\" WHERE address IS MISSING").items().size());
        assertEquals(4, execute("SELECT * FROM \"" + table + "\" WHERE address IS TUPLE AND n IS NUMERIC").items()
                .size());
        assertEquals(5, execute("SELECT * FROM \"" + table + "\" WHERE pk IS NOT NULL AND n IS NOT STRING").items()
                .size());
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Unsupported data type for IS operator: DATE. Supported data types are [MISSING, NULL, BOOLEAN, BLOB, "
                        + "STRING, NUMERIC, STRUCT, TUPLE, LIST]",
                () -> execute("SELECT * FROM \"" + table + "\" WHERE n IS date"));
    }

    @Test
    void selectReadsAnIndexNamedAfterItsTable() {
        String table = tableName("Pq");
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                                .attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("city").attributeType(ScalarAttributeType.S)
                                .build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byCity")
                        .keySchema(KeySchemaElement.builder().attributeName("city").keyType(KeyType.HASH).build())
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build()));
        ddb.putItem(r -> r.tableName(table).item(item("pk", "1", "city", "Oslo", "extra", "x")));
        ddb.putItem(r -> r.tableName(table).item(item("pk", "2", "city", "Rome")));

        assertEquals(List.of(item("city", "Oslo", "pk", "1")),
                execute("SELECT * FROM \"" + table + "\".\"byCity\" WHERE city = 'Oslo'").items());
    }

    @Test
    void limitPagesTheSelectWithNextToken() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", "sk");
        for (int i = 0; i < 5; i++) {
            int value = i;
            ddb.putItem(r -> r.tableName(table).item(item("pk", "p", "sk", "s" + value)));
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            ExecuteStatementResponse page = ddb.executeStatement(r -> r.statement("SELECT sk FROM \"" + table
                    + "\" WHERE pk = 'p'").limit(2).nextToken(next));
            page.items().forEach(row -> seen.add(row.get("sk").s()));
            token = page.nextToken();
            pages++;
            if (token != null) {
                assertNotNull(page.lastEvaluatedKey(), "a page that stops names its last key");
            }
        } while (token != null);

        assertEquals(List.of("s0", "s1", "s2", "s3", "s4"), seen);
        assertEquals(3, pages);
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Invalid NextToken", () -> ddb.executeStatement(r -> r.statement("SELECT * FROM \""
                        + table + "\"").nextToken("not a token")));
    }

    @Test
    void limitCountsTheItemsOfTheSortKeyRange() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", "sk");
        for (int i = 0; i < 5; i++) {
            int value = i;
            ddb.putItem(r -> r.tableName(table).item(item("pk", "p", "sk", "s" + value)));
        }

        ExecuteStatementResponse first = ddb.executeStatement(r -> r.statement("SELECT sk FROM \"" + table
                + "\" WHERE pk = 'p' AND 's2' <= sk").limit(2));
        assertEquals(List.of(item("sk", "s2"), item("sk", "s3")), first.items());
        ExecuteStatementResponse between = ddb.executeStatement(r -> r.statement("SELECT sk FROM \"" + table
                + "\" WHERE pk = 'p' AND sk BETWEEN 's1' AND 's3' AND sk <> 's2'").limit(3));
        assertEquals(List.of(item("sk", "s1"), item("sk", "s3")), between.items());
    }

    @Test
    void orderByReadsThePartitionInSortKeyOrder() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", "sk");
        for (int i = 0; i < 4; i++) {
            int value = i;
            ddb.putItem(r -> r.tableName(table).item(item("pk", "p", "sk", "s" + value, "order", value)));
        }
        String t = "\"" + table + "\"";

        assertEquals(List.of(item("sk", "s3"), item("sk", "s2")), ddb.executeStatement(r -> r.statement(
                "SELECT sk FROM " + t + " WHERE pk = 'p' ORDER BY sk DESC").limit(2)).items());
        assertEquals(List.of(item("order", 0), item("order", 1)), ddb.executeStatement(r -> r.statement(
                "SELECT \"order\" FROM " + t + " WHERE pk = 'p' AND sk < 's2' ORDER BY pk, sk ASC")).items());

        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Must have WHERE clause in the statement when using ORDER BY clause.",
                () -> execute("SELECT * FROM " + t + " ORDER BY sk"));
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Must have at least one non-optional hash key condition in WHERE clause when using ORDER BY clause.",
                () -> execute("SELECT * FROM " + t + " WHERE sk = 's1' ORDER BY sk"));
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Variable reference order in ORDER BY clause must be part of the primary key",
                () -> execute("SELECT * FROM " + t + " WHERE pk = 'p' ORDER BY \"order\""));
    }

    @Test
    void updateSetsAndRemovesAndReturnsWhatReturningAsks() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", null);
        ddb.putItem(r -> r.tableName(table).item(item("pk", "a", "n", 1, "gone", "x", "list", l(s("a")),
                "tags", ss("t1"))));

        ExecuteStatementResponse updated = execute("UPDATE \"" + table + "\" SET n = n + ? SET list = "
                + "list_append(list, ['b']), tags = set_add(tags, <<'t2'>>) REMOVE gone WHERE pk = 'a' "
                + "RETURNING ALL NEW *", n(2));

        assertEquals(List.of(item("pk", "a", "n", 3, "list", l(s("a"), s("b")), "tags", ss("t1", "t2"))),
                updated.items());
        assertEquals(List.of(item("n", 3)), execute("UPDATE \"" + table + "\" SET n = 4 WHERE pk = 'a' "
                + "RETURNING MODIFIED OLD *").items());
        assertEquals(List.of(), execute("UPDATE \"" + table + "\" SET n = 5 WHERE pk = 'a'").items());
        assertEquals(n(5), ddb.getItem(r -> r.tableName(table).key(item("pk", "a"))).item().get("n"));
    }

    @Test
    void updateNeedsAnExistingItemAndItsConditionsToHold() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", "sk");
        ddb.putItem(r -> r.tableName(table).item(item("pk", "a", "sk", "1", "n", 1)));

        expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException",
                "The conditional request failed",
                () -> execute("UPDATE \"" + table + "\" SET n = 2 WHERE pk = 'missing' AND sk = '1'"));
        assertEquals(1, ddb.scan(r -> r.tableName(table)).count(), "a failed UPDATE creates no item");

        ConditionalCheckFailedException failed = expectError(ConditionalCheckFailedException.class,
                "ConditionalCheckFailedException", "The conditional request failed",
                () -> ddb.executeStatement(r -> r.statement("UPDATE \"" + table + "\" SET n = 2 WHERE pk = 'a' "
                        + "AND sk = '1' AND n = 7").returnValuesOnConditionCheckFailure(
                        ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals(item("pk", "a", "sk", "1", "n", 1), failed.item());

        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Where clause does not contain a mandatory equality on all key attributes",
                () -> execute("UPDATE \"" + table + "\" SET n = 2 WHERE pk = 'a'"));
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Where clause does not contain a mandatory equality on all key attributes",
                () -> execute("UPDATE \"" + table + "\" SET n = 2 WHERE pk = 'a' OR sk = '1'"));
        assertEquals(n(1), ddb.getItem(r -> r.tableName(table).key(item("pk", "a", "sk", "1"))).item().get("n"));
    }

    @Test
    void deleteRemovesTheItemAndReturnsItWhenAsked() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", null);
        ddb.putItem(r -> r.tableName(table).item(item("pk", "a", "n", 1)));
        ddb.putItem(r -> r.tableName(table).item(item("pk", "b", "n", 1)));

        assertEquals(List.of(item("pk", "a", "n", 1)),
                execute("DELETE FROM \"" + table + "\" WHERE pk = ? RETURNING ALL OLD *", s("a")).items());
        assertEquals(List.of(), execute("DELETE FROM \"" + table + "\" WHERE pk = 'a' RETURNING ALL OLD *").items(),
                "deleting a missing item succeeds with nothing to return");
        expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException",
                "The conditional request failed", () -> execute("DELETE FROM \"" + table + "\" WHERE pk = 'b' "
                        + "AND n = 2"));
        expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException",
                "The conditional request failed", () -> execute("DELETE FROM \"" + table + "\" WHERE pk = 'a' "
                        + "AND n = 1"));
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Key attribute's data type should match its data type in table's schema: Key pk",
                () -> execute("DELETE FROM \"" + table + "\" WHERE pk = 1"));
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Invalid returning clause: RETURNING ALL NEW *. Only RETURNING ALL OLD * is allowed in DELETE "
                        + "statements.", () -> execute("DELETE FROM \"" + table + "\" WHERE pk = 'b' "
                        + "RETURNING ALL NEW *"));
        assertEquals(1, ddb.scan(r -> r.tableName(table)).count());
    }

    @Test
    void malformedStatementsAreValidationErrors() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", null);
        String prefix = "Statement wasn't well formed, can't be processed: ";

        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                prefix + "Expected data manipulation", () -> execute("CREATE TABLE x"));
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                prefix + "Unexpected keyword", () -> execute("SELECT * FROM WHERE pk = 'a'"));
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                prefix + "Unexpected end of statement", () -> execute("SELECT * FROM \"" + table + "\" WHERE"));
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                prefix + "Unterminated string literal",
                () -> execute("INSERT INTO \"" + table + "\" VALUE {'pk': 'a}"));
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                prefix + "Statement nests deeper than 100 levels",
                () -> execute("SELECT * FROM \"" + table + "\" WHERE " + "(".repeat(500) + "pk = 'a'"
                        + ")".repeat(500)));
        assertEquals(0, ddb.scan(r -> r.tableName(table)).count());
    }

    @Test
    void unsupportedValuesAndFunctionsAreRefusedWithDynamoDbsTexts() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", null);
        String t = "\"" + table + "\"";
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("INSERT INTO " + t + " VALUE {'pk': 'a', 's': <<>>}", "Empty bags are not supported");
        refusals.put("INSERT INTO " + t + " VALUE {'pk': 'a', 's': <<'x', 1>>}",
                "Unsupported data type in Bag. DynamoDB only supports either numbers or strings in bags");
        refusals.put("INSERT INTO " + t + " VALUE ['pk', 'a']", "Unsupported format in item expression. Please use "
                + "struct format {...} to express item values for insert statement.");
        refusals.put("INSERT INTO " + t + " VALUE {'pk': 'a'} RETURNING ALL OLD *",
                "RETURNING is not supported in INSERT");
        refusals.put("SELECT *, pk FROM " + t, "Other attributes should not be present in the projection when '*' "
                + "is used.");
        refusals.put("SELECT * FROM " + t + " WHERE ends_with(pk, 'a')", "Unrecognized function: ends_with");
        refusals.put("SELECT * FROM " + t + " WHERE pk", "WHERE clause must contain an expression that resolves to a "
                + "boolean");
        refusals.put("UPDATE " + t + " SET s = set_add(t, <<'x'>>) WHERE pk = 'a'",
                "The first argument to SET_ADD must equal the assignment value");
        refusals.put("UPDATE " + t + " SET s = set_delete(s, 'x') WHERE pk = 'a'",
                "The second argument to SET_DELETE must be a value with type SET");
        refusals.put("UPDATE " + t + " SET s = set_add(s) WHERE pk = 'a'", "SET_ADD must have exactly two arguments");

        refusals.forEach((statement, message) -> expectError(
                software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException", message,
                () -> execute(statement)));
        assertEquals(0, ddb.scan(r -> r.tableName(table)).count());
    }

    @Test
    void aStronglyConsistentReadOfAGlobalIndexIsRefused() {
        String table = tableName("Pq");
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                        .attributeType(ScalarAttributeType.S).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byPk")
                        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));

        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Strongly consistent read is not supported on Global Secondary Indexes",
                () -> ddb.executeStatement(r -> r.statement("SELECT * FROM \"" + table + "\".\"byPk\"")
                        .consistentRead(true)));
    }

    @Test
    void parametersMustMatchTheStatementsPlaceholders() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", null);

        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Number of parameters in request and statement don't match.",
                () -> execute("INSERT INTO \"" + table + "\" VALUE {'pk': ?, 'v': ?}", s("a")));
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "Number of parameters in request and statement don't match.",
                () -> execute("SELECT * FROM \"" + table + "\"", s("a")));
        assertEquals(0, ddb.scan(r -> r.tableName(table)).count());
    }

    @Test
    void aMissingTableIsResourceNotFound() {
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> execute("SELECT * FROM \"NoSuchTable\""));
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> execute("INSERT INTO NoSuchTable VALUE {'pk': 'a'}"));
    }

    @Test
    void itemRulesApplyAsToPutItem() {
        String table = tableName("Pq");
        createTable(ddb, table, "pk", null);

        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "One or more parameter values were invalid: Missing the key pk in the item",
                () -> execute("INSERT INTO \"" + table + "\" VALUE {'other': 'a'}"));
        expectError(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException",
                "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of "
                        + "the key", () -> {
                    execute("INSERT INTO \"" + table + "\" VALUE {'pk': 'a'}");
                    execute("UPDATE \"" + table + "\" SET pk = 'b' WHERE pk = 'a'");
                });
        assertFalse(ddb.getItem(r -> r.tableName(table).key(item("pk", "b"))).hasItem());
    }
}
