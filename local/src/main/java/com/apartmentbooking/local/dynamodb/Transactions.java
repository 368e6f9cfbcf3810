package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.dynamodb.DynamoDbException.CancellationReason;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
     * different actions it is an error. Returns the capacity consumed per table: transactional writes, or for a
     * repeated token the transactional reads of the items, as AWS charges a repeat.
     */
    List<ConsumedCapacity> write(List<TransactWriteAction> actions, String clientRequestToken) {
        checkCount(actions.size(), "transactItems");
        if (clientRequestToken == null) {
            return execute(actions, null);
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
                return repeatReads(actions);
            }
            return execute(actions, new TransactionToken(clientRequestToken, request, now));
        }
    }

    private List<ConsumedCapacity> repeatReads(List<TransactWriteAction> actions) {
        Map<String, ConsumedCapacity> capacities = new LinkedHashMap<>();
        for (TransactWriteAction action : actions) {
            TableDefinition table = ItemTables.require(store, action.tableName());
            ItemKey key = action.kind().equals("Put") ? PrimaryKeys.fromItem(table, action.item())
                    : PrimaryKeys.fromKey(table, action.key());
            capacities.computeIfAbsent(table.name(), ConsumedCapacity::transactionalReads)
                    .addTable(CapacityUnits.itemRead(store.item(table.name(), key).orElse(null),
                            CapacityUnits.ReadMode.TRANSACTIONAL));
        }
        return List.copyOf(capacities.values());
    }

    private List<ConsumedCapacity> execute(List<TransactWriteAction> actions, TransactionToken token) {
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
            Map<String, ConsumedCapacity> capacities = new LinkedHashMap<>();
            for (int i = 0; i < actions.size(); i++) {
                TransactWriteAction action = actions.get(i);
                TableDefinition table = ItemTables.require(store, action.tableName());
                Map<String, AttributeValue> old = current.get(i);
                ConsumedCapacity capacity = capacities.computeIfAbsent(table.name(),
                        ConsumedCapacity::transactionalWrites);
                Map<String, AttributeValue> updated;
                switch (action.kind()) {
                    case "ConditionCheck" -> {
                        // A condition check is a transactional write of the item as it is, changing no index.
                        CapacityUnits.chargeWrite(capacity, table, old, old);
                        continue;
                    }
                    case "Put" -> updated = action.item();
                    case "Update" -> updated = ItemChecks.applyUpdate(table, action.key(), old, action.update());
                    default -> updated = null;
                }
                changes.add(new ItemWrites.Change(table, keys.get(i), old, updated, false));
                CapacityUnits.chargeWrite(capacity, table, old, updated);
            }
            writes.commit(changes, token);
            return List.copyOf(capacities.values());
        }
    }

    /**
     * The items in request order; null where there is none. Reads hold the tables' locks to see one state. Each Get
     * is a transactional read of the whole item.
     */
    TransactGetResult get(List<TransactGetAction> actions) {
        checkCount(actions.size(), "transactItems");
        List<ItemKey> keys = new ArrayList<>();
        Set<String> tableNames = new HashSet<>();
        for (TransactGetAction action : actions) {
            TableDefinition table = ItemTables.require(store, action.tableName());
            keys.add(PrimaryKeys.fromKey(table, action.key()));
            tableNames.add(table.name());
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, ConsumedCapacity> capacities = new LinkedHashMap<>();
        try (TableLocks.Held held = locks.lock(tableNames)) {
            for (int i = 0; i < actions.size(); i++) {
                TransactGetAction action = actions.get(i);
                Map<String, AttributeValue> item = store.item(action.tableName(), keys.get(i)).orElse(null);
                items.add(item == null || action.projection() == null ? item : action.projection().apply(item));
                capacities.computeIfAbsent(action.tableName(), ConsumedCapacity::transactionalReads)
                        .addTable(CapacityUnits.itemRead(item, CapacityUnits.ReadMode.TRANSACTIONAL));
            }
        }
        return new TransactGetResult(items, List.copyOf(capacities.values()));
    }

    private static void checkCount(int count, String member) {
        if (count < 1 || count > MAX_ACTIONS) {
            throw DynamoDbException.validation("1 validation error detected: Value at '" + member + "' failed to "
                    + "satisfy constraint: Member must have length " + (count < 1 ? "greater than or equal to 1"
                    : "less than or equal to " + MAX_ACTIONS));
        }
    }
}
