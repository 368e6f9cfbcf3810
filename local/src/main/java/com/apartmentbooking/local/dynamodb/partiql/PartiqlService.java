package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.DynamoDbService;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;
import java.util.Map;

/** DynamoDB's three PartiQL operations on typed requests, run through {@link DynamoDbService}. */
public final class PartiqlService {

    private final StatementExecutor executor;
    private final BatchStatements batches;
    private final TransactionStatements transactions;

    public PartiqlService(DynamoDbService service) {
        this.executor = new StatementExecutor(service);
        this.batches = new BatchStatements(service);
        this.transactions = new TransactionStatements(service);
    }

    /** ExecuteStatement; {@code limit} and {@code nextToken} page a SELECT and are null when absent. */
    public StatementResult executeStatement(PartiqlRequest request, Integer limit, String nextToken) {
        if (limit != null && limit < 1) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit + "' at 'limit' "
                    + "failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
        BoundStatement.checkLength(request, "statement");
        return executor.execute(BoundStatement.of(request), limit, nextToken);
    }

    /** BatchExecuteStatement: one result per statement, in order. */
    public List<BatchStatementResult> batchExecuteStatement(List<PartiqlRequest> statements) {
        return batches.execute(statements);
    }

    /** ExecuteTransaction: the rows of a read transaction (null where none), or null for a write transaction. */
    public List<Map<String, AttributeValue>> executeTransaction(List<PartiqlRequest> statements,
                                                               String clientRequestToken) {
        return transactions.execute(statements, clientRequestToken);
    }
}
