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
        for (int i = 0; i < requests.size(); i++) {
            BoundStatement.checkLength(requests.get(i), "statements." + (i + 1) + ".member.statement");
        }
        List<Prepared> statements = requests.stream().map(BatchStatements::prepare).toList();
        boolean reads = statements.stream().anyMatch(s -> s.bound() != null && s.bound().statement().reads());
        boolean writes = statements.stream().anyMatch(s -> s.bound() != null && !s.bound().statement().reads());
        if (reads && writes) {
            throw PartiqlErrors.mixedBatch();
        }
        List<BatchStatementResult> results = new ArrayList<>();
        for (Prepared statement : statements) {
            results.add(statement.bound() != null ? run(statement.bound()) : failed(null, statement.error()));
        }
        return results;
    }

    /** A statement of the batch after parsing: bound, or the error its own entry answers. */
    private record Prepared(BoundStatement bound, DynamoDbException error) {
    }

    private static Prepared prepare(PartiqlRequest request) {
        try {
            return new Prepared(BoundStatement.of(request), null);
        } catch (DynamoDbException e) {
            return new Prepared(null, e);
        }
    }

    private BatchStatementResult run(BoundStatement bound) {
        String tableName = bound.statement().tableName();
        try {
            if (bound.statement() instanceof Statement.Select select) {
                KeyedSelect keyed = KeyedSelect.of(service, bound, select, PartiqlErrors::batchSelectNotSingleItem,
                        PartiqlErrors::batchSelectNotSingleItem);
                return new BatchStatementResult(tableName, keyed.row(service.getItem(keyed.tableName(), keyed.key(),
                        null, bound.request().consistentRead()).item()), null);
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
