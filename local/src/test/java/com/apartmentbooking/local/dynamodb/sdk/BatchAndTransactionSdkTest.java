package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectErrorStartingWith;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.recordedError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchGetItem, BatchWriteItem, TransactWriteItems, TransactGetItems and their errors, through the SDK. */
class BatchAndTransactionSdkTest {

    static SdkRuntime runtime;
    static DynamoDbClient ddb;
    static String users;
    static String orders;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
        users = tableName("users");
        createTable(ddb, users, "Username", null);
        orders = tableName("orders");
        createTable(ddb, orders, "id", "sortKey");
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
        var r = ddb.getItem(b -> b.tableName(table).key(key).consistentRead(true));
        return r.hasItem() ? r.item() : null;
    }

    private static WriteRequest putRequest(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private static WriteRequest deleteRequest(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
    }

    @Test
    void batchWriteThenBatchGetAcrossTables() {
        List<WriteRequest> userWrites = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            userWrites.add(putRequest(item("Username", "bw-" + i, "n", n(i))));
        }
        BatchWriteItemResponse written = ddb.batchWriteItem(r -> r.requestItems(Map.of(
                users, userWrites,
                orders, List.of(putRequest(item("id", "o1", "sortKey", "a", "total", n(5))),
                        putRequest(item("id", "o1", "sortKey", "b", "total", n(6)))))));
        assertTrue(written.unprocessedItems().isEmpty());

        ddb.batchWriteItem(r -> r.requestItems(Map.of(users, List.of(deleteRequest(item("Username", "bw-0")),
                putRequest(item("Username", "bw-1", "n", n(100)))))));

        List<Map<String, AttributeValue>> userKeys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            userKeys.add(item("Username", "bw-" + i));
        }
        userKeys.add(item("Username", "not-there"));
        BatchGetItemResponse read = ddb.batchGetItem(r -> r.requestItems(Map.of(
                users, KeysAndAttributes.builder().keys(userKeys).consistentRead(true).build(),
                orders, KeysAndAttributes.builder().keys(item("id", "o1", "sortKey", "b"))
                        .projectionExpression("#t").expressionAttributeNames(Map.of("#t", "total")).build())));
        assertTrue(read.unprocessedKeys().isEmpty());
        Set<String> names = new HashSet<>();
        read.responses().get(users).forEach(i -> names.add(i.get("Username").s()));
        assertEquals(Set.of("bw-1", "bw-2", "bw-3", "bw-4"), names, "deleted and missing keys are absent");
        read.responses().get(users).stream().filter(i -> i.get("Username").s().equals("bw-1"))
                .forEach(i -> assertEquals(n(100), i.get("n")));
        assertEquals(List.of(item("total", n(6))), read.responses().get(orders));
    }

    @Test
    void batchGetReturnsAtMostSixteenMegabytesAndTheRestAsUnprocessedKeys() {
        String big = tableName("batch-big");
        createTable(ddb, big, "id", null);
        String payload = "z".repeat(350 * 1024);
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = "big-" + i;
            ddb.putItem(r -> r.tableName(big).item(item("id", id, "payload", payload)));
            keys.add(item("id", id));
        }
        BatchGetItemResponse first = ddb.batchGetItem(r -> r.requestItems(Map.of(big, KeysAndAttributes.builder().keys(keys).build())));
        int returned = first.responses().get(big).size();
        assertTrue(returned * 350L * 1024 <= 16L * 1024 * 1024 + 350L * 1024, "about 16 MB at most: " + returned + " items");
        assertTrue(first.unprocessedKeys().containsKey(big), "the rest comes back as UnprocessedKeys");
        Set<String> seen = new HashSet<>();
        first.responses().get(big).forEach(i -> seen.add(i.get("id").s()));
        Map<String, KeysAndAttributes> rest = first.unprocessedKeys();
        for (int call = 0; call < 10 && !rest.isEmpty(); call++) {
            Map<String, KeysAndAttributes> next = rest;
            BatchGetItemResponse page = ddb.batchGetItem(r -> r.requestItems(next));
            page.responses().getOrDefault(big, List.of()).forEach(i -> seen.add(i.get("id").s()));
            rest = page.unprocessedKeys();
        }
        assertEquals(60, seen.size(), "every key once, across the calls");
    }

    @Test
    void batchWriteKeyNotMatchingSchemaAsRecordedOnAws() {
        JsonNode recorded = recordedError("test_batch_write_not_matching_schema");
        expectError(DynamoDbException.class, recorded.get("error_code").asText(), recorded.get("message").asText(),
                () -> ddb.batchWriteItem(r -> r.requestItems(Map.of(orders, List.of(putRequest(item("nonKey", "x")))))));
    }

    @Test
    void batchErrors() {
        expectError(DynamoDbException.class, "ValidationException", "Provided list of item keys contains duplicates",
                () -> ddb.batchWriteItem(r -> r.requestItems(Map.of(users, List.of(
                        putRequest(item("Username", "dup")), deleteRequest(item("Username", "dup")))))));
        List<WriteRequest> tooMany = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            tooMany.add(putRequest(item("Username", "many-" + i)));
        }
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "1 validation error detected: Value '{"
                + users + "=[{PutRequest={Item={Username={S=many-0}}}}, ",
                () -> ddb.batchWriteItem(r -> r.requestItems(Map.of(users, tooMany))));
        assertNull(get(users, item("Username", "many-0")), "a rejected batch writes nothing");

        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            keys.add(item("Username", "k-" + i));
        }
        DynamoDbException tooManyKeys = expectErrorStartingWith(DynamoDbException.class, "ValidationException",
                "1 validation error detected: Value '[{Username={S=k-0}}, {Username={S=k-1}}, ",
                () -> ddb.batchGetItem(r -> r.requestItems(Map.of(users, KeysAndAttributes.builder().keys(keys).build()))));
        assertTrue(tooManyKeys.awsErrorDetails().errorMessage().endsWith("{Username={S=k-100}}]' at 'requestItems."
                + users + ".member.keys' failed to satisfy constraint: Member must have length less than or equal to 100"));
        expectError(DynamoDbException.class, "ValidationException", "Provided list of item keys contains duplicates",
                () -> ddb.batchGetItem(r -> r.requestItems(Map.of(users, KeysAndAttributes.builder()
                        .keys(item("Username", "a"), item("Username", "a")).build()))));
        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.batchGetItem(r -> r.requestItems(Map.of("no-such-batch", KeysAndAttributes.builder()
                        .keys(item("Username", "a")).build()))));
        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.batchWriteItem(r -> r.requestItems(Map.of("no-such-batch", List.of(putRequest(item("Username", "a")))))));
    }

    @Test
    void transactWriteAppliesAllActionsAtOnce() {
        ddb.putItem(r -> r.tableName(users).item(item("Username", "tw-check", "ok", n(1))));
        ddb.putItem(r -> r.tableName(users).item(item("Username", "tw-upd", "n", n(1))));
        ddb.putItem(r -> r.tableName(users).item(item("Username", "tw-del")));
        ddb.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(users).key(item("Username", "tw-check"))
                        .conditionExpression("ok = :one").expressionAttributeValues(Map.of(":one", n(1))).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(orders).item(item("id", "tw", "sortKey", "1"))
                        .conditionExpression("attribute_not_exists(id)").build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName(users).key(item("Username", "tw-upd"))
                        .updateExpression("SET n = n + :one").expressionAttributeValues(Map.of(":one", n(1))).build()).build(),
                TransactWriteItem.builder().delete(Delete.builder().tableName(users).key(item("Username", "tw-del")).build()).build()));
        assertEquals(item("id", "tw", "sortKey", "1"), get(orders, item("id", "tw", "sortKey", "1")));
        assertEquals(n(2), get(users, item("Username", "tw-upd")).get("n"));
        assertNull(get(users, item("Username", "tw-del")));
    }

    @Test
    void transactionCanceledAsRecordedOnAws() {
        JsonNode recorded = recordedError("test_transaction_write_canceled");
        ddb.putItem(r -> r.tableName(users).item(item("Username", "Fred")));
        TransactionCanceledException e = expectError(TransactionCanceledException.class, recorded.get("error_code").asText(),
                recorded.get("message").asText(),
                () -> ddb.transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(users).key(item("Username", "Fred"))
                                .conditionExpression("attribute_not_exists(Username)").build()).build(),
                        TransactWriteItem.builder().delete(Delete.builder().tableName(users).key(item("Username", "Bert")).build()).build())));
        List<CancellationReason> reasons = e.cancellationReasons();
        assertEquals(2, reasons.size());
        assertEquals("ConditionalCheckFailed", reasons.get(0).code());
        assertEquals("The conditional request failed", reasons.get(0).message());
        assertEquals("None", reasons.get(1).code());
        assertNull(reasons.get(1).message());
    }

    @Test
    void canceledTransactionChangesNothingAndReturnsItemsWhenAsked() {
        ddb.putItem(r -> r.tableName(users).item(item("Username", "tc-a", "n", n(1))));
        ddb.putItem(r -> r.tableName(users).item(item("Username", "tc-b", "n", n(1))));
        TransactionCanceledException e = expectError(TransactionCanceledException.class, "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [None, None, ConditionalCheckFailed]",
                () -> ddb.transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().update(Update.builder().tableName(users).key(item("Username", "tc-a"))
                                .updateExpression("SET n = :nine").expressionAttributeValues(Map.of(":nine", n(9))).build()).build(),
                        TransactWriteItem.builder().put(Put.builder().tableName(users).item(item("Username", "tc-new")).build()).build(),
                        TransactWriteItem.builder().update(Update.builder().tableName(users).key(item("Username", "tc-b"))
                                .updateExpression("SET n = :nine").conditionExpression("n = :two")
                                .expressionAttributeValues(Map.of(":nine", n(9), ":two", n(2)))
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build())));
        assertEquals(item("Username", "tc-b", "n", n(1)), e.cancellationReasons().get(2).item());
        assertEquals(n(1), get(users, item("Username", "tc-a")).get("n"), "nothing of a canceled transaction is written");
        assertNull(get(users, item("Username", "tc-new")));
    }

    @Test
    void clientRequestTokenMakesTransactWriteIdempotent() {
        String token = UUID.randomUUID().toString();
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder().clientRequestToken(token).transactItems(
                TransactWriteItem.builder().update(Update.builder().tableName(users).key(item("Username", "idem"))
                        .updateExpression("ADD hits :one").expressionAttributeValues(Map.of(":one", n(1))).build()).build()).build();
        ddb.transactWriteItems(request);
        ddb.transactWriteItems(request);
        assertEquals(n(1), get(users, item("Username", "idem")).get("hits"), "the same token is applied once");

        expectErrorStartingWith(IdempotentParameterMismatchException.class, "IdempotentParameterMismatchException", "",
                () -> ddb.transactWriteItems(r -> r.clientRequestToken(token).transactItems(
                        TransactWriteItem.builder().update(Update.builder().tableName(users).key(item("Username", "idem"))
                                .updateExpression("ADD hits :two").expressionAttributeValues(Map.of(":two", n(2))).build()).build())));
        ddb.transactWriteItems(request.toBuilder().clientRequestToken(UUID.randomUUID().toString()).build());
        assertEquals(n(2), get(users, item("Username", "idem")).get("hits"), "a new token is a new transaction");
    }

    @Test
    void transactWriteErrors() {
        JsonNode recorded = recordedError("test_batch_write_not_existing_table");
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException", recorded.get("message").asText(),
                () -> ddb.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder()
                        .put(Put.builder().tableName("no-such-transact").item(Map.of()).build()).build())));
        expectError(DynamoDbException.class, "ValidationException", "Transaction request cannot include multiple operations on one item",
                () -> ddb.transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().put(Put.builder().tableName(users).item(item("Username", "same")).build()).build(),
                        TransactWriteItem.builder().delete(Delete.builder().tableName(users).key(item("Username", "same")).build()).build())));
        List<TransactWriteItem> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(TransactWriteItem.builder().put(Put.builder().tableName(users).item(item("Username", "tm-" + i)).build()).build());
        }
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "1 validation error detected: ",
                () -> ddb.transactWriteItems(r -> r.transactItems(tooMany)));
        expectError(DynamoDbException.class, "ValidationException", "The provided key element does not match the schema",
                () -> ddb.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder()
                        .delete(Delete.builder().tableName(users).key(item("wrong", "x")).build()).build())));
    }

    @Test
    void transactGetReadsItemsOfSeveralTables() {
        ddb.putItem(r -> r.tableName(users).item(item("Username", "tg", "a", "1", "b", "2")));
        ddb.putItem(r -> r.tableName(orders).item(item("id", "tg", "sortKey", "x", "total", n(3))));
        List<ItemResponse> responses = ddb.transactGetItems(r -> r.transactItems(
                TransactGetItem.builder().get(Get.builder().tableName(users).key(item("Username", "tg")).projectionExpression("a").build()).build(),
                TransactGetItem.builder().get(Get.builder().tableName(orders).key(item("id", "tg", "sortKey", "x")).build()).build(),
                TransactGetItem.builder().get(Get.builder().tableName(users).key(item("Username", "tg-missing")).build()).build()))
                .responses();
        assertEquals(3, responses.size());
        assertEquals(item("a", "1"), responses.get(0).item());
        assertEquals(item("id", "tg", "sortKey", "x", "total", n(3)), responses.get(1).item());
        assertFalse(responses.get(2).hasItem() && !responses.get(2).item().isEmpty(), "a missing item is an empty response");

        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.transactGetItems(r -> r.transactItems(TransactGetItem.builder()
                        .get(Get.builder().tableName("no-such-tg").key(item("Username", "x")).build()).build())));
        expectError(DynamoDbException.class, "ValidationException", "The provided key element does not match the schema",
                () -> ddb.transactGetItems(r -> r.transactItems(TransactGetItem.builder()
                        .get(Get.builder().tableName(users).key(item("nope", "x")).build()).build())));
    }

    @Test
    void unusedPlaceholderInsideTransactionIsValidation() {
        expectError(DynamoDbException.class, "ValidationException",
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}",
                () -> ddb.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder().put(Put.builder().tableName(users)
                        .item(item("Username", "ph")).conditionExpression("attribute_not_exists(Username)")
                        .expressionAttributeValues(Map.of(":unused", s("x"))).build()).build())));
    }
}
