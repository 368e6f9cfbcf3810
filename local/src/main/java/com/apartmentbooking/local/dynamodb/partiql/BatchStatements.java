package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.DynamoDbService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BatchExecuteStatement: up to 25 statements, all reads (each a GetItem) or all writes, each run on its own. A
 * statement that fails answers its error in its entry and stops no other; entries keep the statements' order.
 */
final class BatchStatements {

    static final int MAX_STATEMENTS = 25;

    /** BatchStatementError's codes for the exceptions a statement can end with. */
    private static final Map<String, String> CODES = Map.of(
            "ConditionalCheckFailedException", "ConditionalCheckFailed",
            "DuplicateItemException", "DuplicateItem",
            "ValidationException", "ValidationError",
            "ResourceNotFoundException", "ResourceNotFound",
            "TransactionConflictException", "TransactionConflict",
            "ItemCollectionSizeLimitExceededException", "ItemCollectionSizeLimitExceeded",
            "ProvisionedThroughputExceededException", "ProvisionedThroughputExceeded",
            "RequestLimitExceeded", "RequestLimitExceeded",
            "InternalServerError", "InternalServerError");

    private final DynamoDbService service;
    private final StatementExecutor executor;

    BatchStatements(DynamoDbService service) {
        this.service = service;
        this.executor = new StatementExecutor(service);
    }

    List<BatchStatementResult> execute(List<PartiqlRequest> requests) {
        if (requests.isEmpty() || requests.size() > MAX_STATEMENTS) {
            throw PartiqlErrors.tooMany("statements", requests.size(), MAX_STATEMENTS);
        }
        List<Object> statements = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            BoundStatement.checkLength(requests.get(i), "statements." + (i + 1) + ".member.statement");
        }
        for (PartiqlRequest request : requests) {
            try {
                statements.add(BoundStatement.of(request));
            } catch (DynamoDbException e) {
                statements.add(e);
            }
        }
        long reads = statements.stream().filter(s -> s instanceof BoundStatement b && b.statement().reads()).count();
        long writes = statements.stream().filter(s -> s instanceof BoundStatement b && !b.statement().reads()).count();
        if (reads > 0 && writes > 0) {
            throw PartiqlErrors.mixedBatch();
        }
        List<BatchStatementResult> results = new ArrayList<>();
        for (Object statement : statements) {
            results.add(statement instanceof BoundStatement bound ? run(bound)
                    : failed(null, (DynamoDbException) statement));
        }
        return results;
    }

    private BatchStatementResult run(BoundStatement bound) {
        String tableName = bound.statement().tableName();
        try {
            if (bound.statement() instanceof Statement.Select select) {
                KeyedSelect keyed = KeyedSelect.of(service, bound, select, PartiqlErrors::batchSelectNotSingleItem,
                        PartiqlErrors::batchSelectNotSingleItem);
                return new BatchStatementResult(tableName, keyed.row(service.getItem(keyed.tableName(), keyed.key(),
                        null)), null);
            }
            executor.execute(bound, null, null);
            return new BatchStatementResult(tableName, null, null);
        } catch (DynamoDbException e) {
            return failed(tableName, e);
        }
    }

    private static BatchStatementResult failed(String tableName, DynamoDbException e) {
        String code = CODES.getOrDefault(e.code(), e.code().replaceFirst("Exception$", ""));
        return new BatchStatementResult(tableName, null, new BatchStatementResult.Error(code, e.getMessage(),
                e.item()));
    }
}
