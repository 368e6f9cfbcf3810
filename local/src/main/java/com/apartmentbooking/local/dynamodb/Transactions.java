package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.dynamodb.DynamoDbException.CancellationReason;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TransactWriteItems and TransactGetItems. A transaction holds the locks of all its tables while it checks every
 * condition and applies every change, so it is atomic (one store commit) and isolated (no other write to those
 * tables interleaves). A ClientRequestToken makes a write transaction idempotent for ten minutes, as on AWS
 * ({@link TransactionTokens}).
 */
final class Transactions {

    static final int MAX_ACTIONS = 100;

    private final DynamoDbStore store;
    private final TableLocks locks;
    private final ItemWrites writes;
    private final TransactionTokens tokens;
    private final Clock clock;

    Transactions(DynamoDbStore store, TableLocks locks, ItemWrites writes, TransactionTokens tokens, Clock clock) {
        this.store = store;
        this.locks = locks;
        this.writes = writes;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * Runs the actions all or none. A token seen before with equal actions succeeds without writing again; with
     * different actions it is an error.
     */
    void write(List<TransactWriteAction> actions, String clientRequestToken) {
        checkCount(actions.size(), "transactItems");
        if (clientRequestToken == null) {
            execute(actions, null);
            return;
        }
        String request = RequestFingerprint.of(actions);
        // Requests with tokens are run one at a time so that two equal requests cannot both write.
        synchronized (tokens) {
            Instant now = clock.now();
            TransactionToken previous = tokens.live(clientRequestToken, now).orElse(null);
            if (previous != null) {
                if (!previous.request().equals(request)) {
                    throw DynamoDbException.idempotentParameterMismatch("Request parameters do not match those of a "
                            + "previous request with the same ClientRequestToken");
                }
                return;
            }
            execute(actions, new TransactionToken(clientRequestToken, request, now));
        }
    }

    private void execute(List<TransactWriteAction> actions, TransactionToken token) {
        List<TableDefinition> tables = new ArrayList<>();
        List<ItemKey> keys = new ArrayList<>();
        Set<String> tableNames = new HashSet<>();
        Set<List<Object>> seen = new HashSet<>();
        for (TransactWriteAction action : actions) {
            TableDefinition table = ItemTables.require(store, action.tableName());
            ItemKey key = action.kind().equals("Put") ? PrimaryKeys.fromItem(table, action.item())
                    : PrimaryKeys.fromKey(table, action.key());
            if (!seen.add(List.of(table.name(), key))) {
                throw DynamoDbException.validation(
                        "Transaction request cannot include multiple operations on one item");
            }
            tables.add(table);
            keys.add(key);
            tableNames.add(table.name());
        }
        try (TableLocks.Held held = locks.lock(tableNames)) {
            List<Map<String, AttributeValue>> current = new ArrayList<>();
            List<CancellationReason> reasons = new ArrayList<>();
            boolean failed = false;
            for (int i = 0; i < actions.size(); i++) {
                TransactWriteAction action = actions.get(i);
                Map<String, AttributeValue> item = store.item(action.tableName(), keys.get(i)).orElse(null);
                current.add(item);
                if (action.condition() != null && !action.condition().test(item == null ? Map.of() : item)) {
                    reasons.add(CancellationReason.conditionalCheckFailed(
                            action.returnItemOnCondition() ? item : null));
                    failed = true;
                } else {
                    reasons.add(CancellationReason.NONE);
                }
            }
            if (failed) {
                throw DynamoDbException.transactionCanceled(reasons);
            }
            List<ItemWrites.Change> changes = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                TransactWriteAction action = actions.get(i);
                TableDefinition table = ItemTables.require(store, action.tableName());
                Map<String, AttributeValue> old = current.get(i);
                Map<String, AttributeValue> updated;
                switch (action.kind()) {
                    case "ConditionCheck" -> {
                        continue;
                    }
                    case "Put" -> updated = action.item();
                    case "Update" -> updated = ItemChecks.applyUpdate(table, action.key(), old, action.update());
                    default -> updated = null;
                }
                changes.add(new ItemWrites.Change(table, keys.get(i), old, updated, false));
            }
            writes.commit(changes, token);
        }
    }

    /** The items in request order; null where there is none. Reads hold the tables' locks to see one state. */
    List<Map<String, AttributeValue>> get(List<TransactGetAction> actions) {
        checkCount(actions.size(), "transactItems");
        List<ItemKey> keys = new ArrayList<>();
        Set<String> tableNames = new HashSet<>();
        for (TransactGetAction action : actions) {
            TableDefinition table = ItemTables.require(store, action.tableName());
            keys.add(PrimaryKeys.fromKey(table, action.key()));
            tableNames.add(table.name());
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        try (TableLocks.Held held = locks.lock(tableNames)) {
            for (int i = 0; i < actions.size(); i++) {
                TransactGetAction action = actions.get(i);
                Map<String, AttributeValue> item = store.item(action.tableName(), keys.get(i)).orElse(null);
                items.add(item == null || action.projection() == null ? item : action.projection().apply(item));
            }
        }
        return items;
    }

    private static void checkCount(int count, String member) {
        if (count < 1 || count > MAX_ACTIONS) {
            throw DynamoDbException.validation("1 validation error detected: Value at '" + member + "' failed to "
                    + "satisfy constraint: Member must have length " + (count < 1 ? "greater than or equal to 1"
                    : "less than or equal to " + MAX_ACTIONS));
        }
    }
}
