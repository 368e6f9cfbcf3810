package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementErrorCodeEnum;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * BatchExecuteStatement and ExecuteTransaction through the SDK, and the stream records PartiQL writes make.
 */
class PartiqlBatchAndTransactionSdkTest {

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

    static BatchStatementRequest batchStatement(String statement, AttributeValue... parameters) {
        return BatchStatementRequest.builder().statement(statement)
                .parameters(parameters.length == 0 ? null : List.of(parameters)).build();
    }

    static ParameterizedStatement statement(String statement, AttributeValue... parameters) {
        return ParameterizedStatement.builder().statement(statement)
                .parameters(parameters.length == 0 ? null : List.of(parameters)).build();
    }

    static long count(String table) {
        return ddb.scan(r -> r.tableName(table)).count();
    }

    // ---- BatchExecuteStatement ----------------------------------------------------------------------------

    @Test
    void batchWritesAnswerEachStatementInOrder() {
        String table = tableName("Pqb");
        createTable(ddb, table, "pk", null);
        ddb.putItem(r -> r.tableName(table).item(item("pk", "old", "n", 1)));
        String t = "\"" + table + "\"";

        List<BatchStatementResponse> responses = ddb.batchExecuteStatement(r -> r.statements(
                batchStatement("INSERT INTO " + t + " VALUE {'pk': ?, 'n': 1}", s("new")),
                batchStatement("INSERT INTO " + t + " VALUE {'pk': 'old'}"),
                batchStatement("UPDATE " + t + " SET n = 2 WHERE pk = 'missing'"),
                BatchStatementRequest.builder().statement("UPDATE " + t + " SET n = 3 WHERE pk = 'old' AND n = 9")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build(),
                batchStatement("DELETE FROM " + t + " WHERE pk = 'old' AND n = 1"),
                batchStatement("UPDATE " + t + " SET"),
                batchStatement("DELETE FROM \"NoSuchTable\" WHERE pk = 'x'"))).responses();

        assertEquals(7, responses.size());
        assertNull(responses.get(0).error());
        assertEquals(table, responses.get(0).tableName());
        assertEquals(BatchStatementErrorCodeEnum.DUPLICATE_ITEM, responses.get(1).error().code());
        assertEquals("Duplicate primary key exists in table", responses.get(1).error().message());
        assertEquals(BatchStatementErrorCodeEnum.CONDITIONAL_CHECK_FAILED, responses.get(2).error().code());
        assertEquals("The conditional request failed", responses.get(2).error().message());
        assertEquals(item("pk", "old", "n", 1), responses.get(3).error().item());
        assertNull(responses.get(4).error());
        assertEquals(BatchStatementErrorCodeEnum.VALIDATION_ERROR, responses.get(5).error().code());
        assertEquals("Statement wasn't well formed, can't be processed: Unexpected end of statement",
                responses.get(5).error().message());
        assertEquals(BatchStatementErrorCodeEnum.RESOURCE_NOT_FOUND, responses.get(6).error().code());
        assertEquals("Requested resource not found", responses.get(6).error().message());

        assertEquals(1, count(table));
        assertEquals(item("pk", "new", "n", 1), ddb.getItem(r -> r.tableName(table).key(item("pk", "new"))).item());
    }

    @Test
    void batchReadsGetOneItemPerStatement() {
        String table = tableName("Pqb");
        createTable(ddb, table, "pk", "sk");
        ddb.putItem(r -> r.tableName(table).item(item("pk", "a", "sk", "1", "n", 1, "x", "y")));
        String t = "\"" + table + "\"";

        List<BatchStatementResponse> responses = ddb.batchExecuteStatement(r -> r.statements(
                batchStatement("SELECT n FROM " + t + " WHERE pk = ? AND sk = ?", s("a"), s("1")),
                batchStatement("SELECT * FROM " + t + " WHERE pk = 'b' AND sk = '1'"),
                batchStatement("SELECT * FROM " + t + " WHERE pk = 'a' AND sk = '1' AND n = 2"),
                batchStatement("SELECT * FROM " + t + " WHERE pk = 'a'"))).responses();

        assertEquals(item("n", 1), responses.get(0).item());
        assertEquals(table, responses.get(0).tableName());
        assertFalse(responses.get(1).hasItem(), "a missing item answers no Item");
        assertNull(responses.get(1).error());
        assertFalse(responses.get(2).hasItem(), "an item the WHERE does not match answers no Item");
        assertEquals(BatchStatementErrorCodeEnum.VALIDATION_ERROR, responses.get(3).error().code());
        assertEquals("Only single item select is supported", responses.get(3).error().message());
    }

    @Test
    void batchesHaveAtMost25NonEmptyStatementsAndNeverMixReadsWithWrites() {
        String table = tableName("Pqb");
        createTable(ddb, table, "pk", null);
        String t = "\"" + table + "\"";
        List<BatchStatementRequest> many = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            many.add(batchStatement("INSERT INTO " + t + " VALUE {'pk': '" + i + "'}"));
        }

        // The list's value is quoted in the message, as for every list constraint.
        String tooMany = expectError(DynamoDbException.class, "ValidationException", null,
                () -> ddb.batchExecuteStatement(r -> r.statements(many))).awsErrorDetails().errorMessage();
        assertTrue(tooMany.startsWith("1 validation error detected: Value '[{Statement=INSERT INTO"), tooMany);
        assertTrue(tooMany.endsWith("}]' at 'statements' failed to satisfy constraint: Member must have length less "
                + "than or equal to 25"), tooMany);
        expectError(DynamoDbException.class, "ValidationException", "1 validation error detected: Value '' at "
                + "'statements.2.member.statement' failed to satisfy constraint: Member must have length greater than "
                + "or equal to 1", () -> ddb.batchExecuteStatement(r -> r.statements(
                        batchStatement("INSERT INTO " + t + " VALUE {'pk': 'a'}"), batchStatement(""))));
        expectError(DynamoDbException.class, "ValidationException",
                "Read and write requests together in the same batch is not supported.",
                () -> ddb.batchExecuteStatement(r -> r.statements(
                        batchStatement("INSERT INTO " + t + " VALUE {'pk': 'a'}"),
                        batchStatement("SELECT * FROM " + t + " WHERE pk = 'a'"))));
        assertEquals(0, count(table));
    }

    // ---- ExecuteTransaction -------------------------------------------------------------------------------

    @Test
    void aTransactionWritesAllOrNothing() {
        String table = tableName("Pqt");
        createTable(ddb, table, "pk", null);
        ddb.putItem(r -> r.tableName(table).item(item("pk", "a", "n", 1)));
        String t = "\"" + table + "\"";

        ddb.executeTransaction(r -> r.transactStatements(
                statement("UPDATE " + t + " SET n = n + ? WHERE pk = 'a' AND n = 1", n(1)),
                statement("INSERT INTO " + t + " VALUE {'pk': 'b'}")));
        assertEquals(n(2), ddb.getItem(r -> r.tableName(table).key(item("pk", "a"))).item().get("n"));
        assertEquals(2, count(table));

        TransactionCanceledException cancelled = expectError(TransactionCanceledException.class,
                "TransactionCanceledException", "Transaction cancelled, please refer cancellation reasons for "
                        + "specific reasons [None, DuplicateItem, ConditionalCheckFailed]",
                () -> ddb.executeTransaction(r -> r.transactStatements(
                        statement("DELETE FROM " + t + " WHERE pk = 'a'"),
                        statement("INSERT INTO " + t + " VALUE {'pk': 'b'}"),
                        ParameterizedStatement.builder().statement("UPDATE " + t + " SET n = 0 WHERE pk = 'c'")
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                                .build())));
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        assertEquals(List.of("None", "DuplicateItem", "ConditionalCheckFailed"),
                reasons.stream().map(CancellationReason::code).toList());
        assertEquals("Duplicate primary key exists in table", reasons.get(1).message());
        assertEquals("The conditional request failed", reasons.get(2).message());
        assertEquals(2, count(table), "a cancelled transaction deletes nothing");
    }

    @Test
    void existsChecksAnItemInAWriteTransaction() {
        String table = tableName("Pqt");
        createTable(ddb, table, "pk", null);
        ddb.putItem(r -> r.tableName(table).item(item("pk", "stock", "count", 1)));
        String t = "\"" + table + "\"";
        ParameterizedStatement order = statement("INSERT INTO " + t + " VALUE {'pk': 'order'}");

        TransactionCanceledException cancelled = expectError(TransactionCanceledException.class,
                "TransactionCanceledException", "Transaction cancelled, please refer cancellation reasons for "
                        + "specific reasons [ConditionalCheckFailed, None]",
                () -> ddb.executeTransaction(r -> r.transactStatements(ParameterizedStatement.builder()
                        .statement("EXISTS(SELECT * FROM " + t + " WHERE pk = 'stock' AND count > ?)")
                        .parameters(n(1)).returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build(), order)));
        assertEquals(item("pk", "stock", "count", 1), cancelled.cancellationReasons().get(0).item());
        assertEquals(1, count(table));

        ddb.executeTransaction(r -> r.transactStatements(
                statement("EXISTS(SELECT * FROM " + t + " WHERE pk = 'stock' AND count >= 1)"), order));
        assertEquals(2, count(table));

        expectError(DynamoDbException.class, "ValidationException",
                "EXISTS() must contain a single item read with additional condition",
                () -> ddb.executeTransaction(r -> r.transactStatements(
                        statement("EXISTS(SELECT * FROM " + t + " WHERE pk = 'stock')"))));
        expectError(DynamoDbException.class, "ValidationException",
                "EXISTS can only be used in ExecuteTransaction write requests.",
                () -> ddb.executeStatement(r -> r.statement("EXISTS(SELECT * FROM " + t + " WHERE pk = 'stock' "
                        + "AND count = 1)")));
    }

    @Test
    void aTransactionOfReadsAnswersOneResponsePerStatement() {
        String table = tableName("Pqt");
        createTable(ddb, table, "pk", null);
        ddb.putItem(r -> r.tableName(table).item(item("pk", "a", "n", 1)));
        String t = "\"" + table + "\"";

        List<ItemResponse> responses = ddb.executeTransaction(r -> r.transactStatements(
                statement("SELECT * FROM " + t + " WHERE pk = ?", s("a")),
                statement("SELECT n FROM " + t + " WHERE pk = 'missing'"))).responses();

        assertEquals(2, responses.size());
        assertEquals(item("pk", "a", "n", 1), responses.get(0).item());
        assertFalse(responses.get(1).hasItem());
        expectError(DynamoDbException.class, "ValidationException",
                "ExecuteTransaction API does not support both read and write operations in the same request.",
                () -> ddb.executeTransaction(r -> r.transactStatements(
                        statement("SELECT * FROM " + t + " WHERE pk = 'a'"),
                        statement("DELETE FROM " + t + " WHERE pk = 'a'"))));
        expectError(DynamoDbException.class, "ValidationException",
                "Select statements within ExecuteTransaction must specify the primary key in the where clause.",
                () -> ddb.executeTransaction(r -> r.transactStatements(
                        statement("SELECT * FROM " + t + " WHERE n = 1"))));
        expectError(DynamoDbException.class, "ValidationException",
                "Statement wasn't well formed, can't be processed: Unexpected end of statement",
                () -> ddb.executeTransaction(r -> r.transactStatements(
                        statement("DELETE FROM " + t + " WHERE pk = 'a'"),
                        statement("DELETE FROM " + t))));
        assertEquals(1, count(table));
    }

    @Test
    void aClientRequestTokenRunsTheTransactionOnce() {
        String table = tableName("Pqt");
        createTable(ddb, table, "pk", null);
        ddb.putItem(r -> r.tableName(table).item(item("pk", "a", "n", 0)));
        String t = "\"" + table + "\"";
        ParameterizedStatement increment = statement("UPDATE " + t + " SET n = n + 1 WHERE pk = 'a'");

        ddb.executeTransaction(r -> r.transactStatements(increment).clientRequestToken("once"));
        ddb.executeTransaction(r -> r.transactStatements(increment).clientRequestToken("once"));

        assertEquals(n(1), ddb.getItem(r -> r.tableName(table).key(item("pk", "a"))).item().get("n"));
        expectError(IdempotentParameterMismatchException.class, "IdempotentParameterMismatchException",
                "Request parameters do not match those of a previous request with the same ClientRequestToken",
                () -> ddb.executeTransaction(r -> r.transactStatements(
                        statement("UPDATE " + t + " SET n = n + 2 WHERE pk = 'a'")).clientRequestToken("once")));
        assertEquals(n(1), ddb.getItem(r -> r.tableName(table).key(item("pk", "a"))).item().get("n"));
    }

    // ---- stream records -----------------------------------------------------------------------------------

    @Test
    void writesProduceTheStreamRecordsOfTheirItemOperations() {
        String table = tableName("Pqs");
        createTable(ddb, table, "pk", null, StreamViewType.NEW_AND_OLD_IMAGES);
        String t = "\"" + table + "\"";

        ddb.executeStatement(r -> r.statement("INSERT INTO " + t + " VALUE {'pk': 'a', 'n': 1}"));
        ddb.executeStatement(r -> r.statement("UPDATE " + t + " SET n = 2 WHERE pk = 'a'"));
        ddb.batchExecuteStatement(r -> r.statements(batchStatement("INSERT INTO " + t + " VALUE {'pk': 'b'}")));
        ddb.executeTransaction(r -> r.transactStatements(statement("DELETE FROM " + t + " WHERE pk = 'a'")));
        ddb.executeStatement(r -> r.statement("DELETE FROM " + t + " WHERE pk = 'nothing'"));

        List<Record> records = records(table);
        assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY, OperationType.INSERT, OperationType.REMOVE),
                records.stream().map(Record::eventName).toList());
        assertEquals(item("pk", "a", "n", 1), records.get(1).dynamodb().oldImage());
        assertEquals(item("pk", "a", "n", 2), records.get(1).dynamodb().newImage());
        assertEquals(item("pk", "a", "n", 2), records.get(3).dynamodb().oldImage());
    }

    private static List<Record> records(String table) {
        DynamoDbStreamsClient streams = runtime.streams();
        String arn = ddb.describeTable(r -> r.tableName(table)).table().latestStreamArn();
        String shard = streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0).shardId();
        String iterator = streams.getShardIterator(r -> r.streamArn(arn).shardId(shard)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        List<Record> records = new ArrayList<>();
        while (iterator != null) {
            String current = iterator;
            var response = streams.getRecords(r -> r.shardIterator(current));
            if (response.records().isEmpty()) {
                break;
            }
            records.addAll(response.records());
            iterator = response.nextShardIterator();
        }
        return records;
    }
}
