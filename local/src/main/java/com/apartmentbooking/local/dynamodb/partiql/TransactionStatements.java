package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.DynamoDbException.CancellationReason;
import com.apartmentbooking.local.dynamodb.DynamoDbService;
import com.apartmentbooking.local.dynamodb.TableDefinition;
import com.apartmentbooking.local.dynamodb.TransactGetAction;
import com.apartmentbooking.local.dynamodb.TransactWriteAction;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ExecuteTransaction: all reads (TransactGetItems) or all writes (TransactWriteItems, all or nothing, idempotent
 * with a ClientRequestToken; {@code EXISTS(SELECT ...)} is a write's ConditionCheck). Every statement is bound and checked before anything runs, so a bad statement
 * fails the whole request and changes nothing. An INSERT whose item exists cancels the transaction with the
 * reason DuplicateItem.
 */
final class TransactionStatements {

    static final int MAX_STATEMENTS = 100;

    private final DynamoDbService service;

    TransactionStatements(DynamoDbService service) {
        this.service = service;
    }

    /** The rows of a read transaction in statement order (null where no item is answered); null for writes. */
    List<Map<String, AttributeValue>> execute(List<PartiqlRequest> requests, String clientRequestToken) {
        if (requests.isEmpty() || requests.size() > MAX_STATEMENTS) {
            throw PartiqlErrors.tooMany("transactStatements", requests.size(), MAX_STATEMENTS);
        }
        for (int i = 0; i < requests.size(); i++) {
            BoundStatement.checkLength(requests.get(i), "transactStatements." + (i + 1) + ".member.statement");
        }
        List<BoundStatement> statements = requests.stream().map(BoundStatement::of).toList();
        boolean reads = statements.get(0).statement().reads();
        if (statements.stream().anyMatch(bound -> bound.statement().reads() != reads)) {
            throw PartiqlErrors.mixedTransaction();
        }
        if (reads) {
            return read(statements);
        }
        write(statements, clientRequestToken);
        return null;
    }

    private List<Map<String, AttributeValue>> read(List<BoundStatement> statements) {
        List<KeyedSelect> selects = new ArrayList<>();
        List<TransactGetAction> actions = new ArrayList<>();
        for (BoundStatement bound : statements) {
            KeyedSelect select = KeyedSelect.of(service, bound, (Statement.Select) bound.statement(),
                    PartiqlErrors::transactionReadsIndex, PartiqlErrors::transactionSelectWithoutKey);
            selects.add(select);
            actions.add(new TransactGetAction(select.tableName(), select.key(), null));
        }
        List<Map<String, AttributeValue>> items = service.transactGetItems(actions).items();
        List<Map<String, AttributeValue>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(selects.get(i).row(items.get(i)));
        }
        return rows;
    }

    private void write(List<BoundStatement> statements, String clientRequestToken) {
        List<TransactWriteAction> actions = new ArrayList<>();
        for (BoundStatement bound : statements) {
            actions.add(action(bound));
        }
        try {
            service.transactWriteItems(actions, clientRequestToken);
        } catch (DynamoDbException e) {
            if (e.cancellationReasons().isEmpty()) {
                throw e;
            }
            throw withDuplicates(e.cancellationReasons(), statements);
        }
    }

    private TransactWriteAction action(BoundStatement bound) {
        Statement statement = bound.statement();
        boolean returnOld = bound.request().returnItemOnConditionFailure();
        TableDefinition table = PartiqlTables.require(service, statement.tableName());
        if (statement instanceof Statement.Insert insert) {
            return new TransactWriteAction("Put", table.name(), null, StatementExecutor.insertedItem(bound, insert),
                    StatementExecutor.absent(table), null, returnOld);
        }
        if (statement instanceof Statement.Update update) {
            requireNoReturning(update.returning());
            WhereClause.ItemSelection selection = bound.where(update.where()).item(table);
            return new TransactWriteAction("Update", table.name(), selection.key(), null,
                    StatementExecutor.mustExist(table, selection),
                    new UpdateCompiler(bound.values()).compile(update.clauses()), returnOld);
        }
        if (statement instanceof Statement.Exists exists) {
            KeyedSelect check = KeyedSelect.of(service, bound, exists.select(), PartiqlErrors::existsOnIndex,
                    PartiqlErrors::existsWithoutKey);
            if (check.rest() == null) {
                throw PartiqlErrors.existsWithoutKey();
            }
            return new TransactWriteAction("ConditionCheck", table.name(), check.key(), null,
                    StatementExecutor.mustExist(table, new WhereClause.ItemSelection(check.key(), check.rest())),
                    null, returnOld);
        }
        Statement.Delete delete = (Statement.Delete) statement;
        requireNoReturning(delete.returning());
        WhereClause.ItemSelection selection = bound.where(delete.where()).item(table);
        return new TransactWriteAction("Delete", table.name(), selection.key(), null,
                StatementExecutor.deleteCondition(selection), null, returnOld);
    }

    private static void requireNoReturning(String returning) {
        if (returning != null) {
            throw PartiqlErrors.unsupported("RETURNING in a transaction");
        }
    }

    /** An INSERT's failed condition is its item's existence, which DynamoDB reports as DuplicateItem. */
    private static DynamoDbException withDuplicates(List<CancellationReason> reasons, List<BoundStatement> statements) {
        List<CancellationReason> rewritten = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            CancellationReason reason = reasons.get(i);
            boolean duplicate = statements.get(i).statement() instanceof Statement.Insert
                    && reason.code().equals("ConditionalCheckFailed");
            rewritten.add(duplicate ? new CancellationReason("DuplicateItem", PartiqlErrors.DUPLICATE_ITEM, null)
                    : reason);
        }
        return DynamoDbException.transactionCanceled(rewritten);
    }
}
