package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.DynamoDbException.CancellationReason;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * TransactWriteItems and TransactGetItems. A transaction holds the locks of all its tables while it checks every
 * condition and applies every change, so it is atomic (one store commit) and isolated (no other write to those
 * tables interleaves). A ClientRequestToken makes a write transaction idempotent for ten minutes, as on AWS.
 */
final class Transactions {

    static final int MAX_ACTIONS = 100;
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    private record TokenUse(Object request, Instant at) {
    }

    private final DynamoDbService service;
    private final Map<String, TokenUse> tokens = new LinkedHashMap<>();

    Transactions(DynamoDbService service) {
        this.service = service;
    }

    /**
     * Runs the actions all or none. {@code request} identifies the call for idempotency: a repeated token with an
     * equal request succeeds without writing again; with a different request it is an error.
     */
    void write(List<TransactWriteAction> actions, String clientRequestToken, Object request) {
        checkCount(actions.size(), "transactItems");
        if (clientRequestToken == null) {
            execute(actions);
            return;
        }
        // Requests with tokens are run one at a time so that two equal requests cannot both write.
        synchronized (tokens) {
            Instant now = service.clock().instant();
            tokens.values().removeIf(use -> use.at().plus(TOKEN_LIFETIME).isBefore(now));
            TokenUse previous = tokens.get(clientRequestToken);
            if (previous != null) {
                if (!Objects.equals(previous.request(), request)) {
                    throw DynamoDbException.idempotentParameterMismatch("Request parameters do not match those of a "
                            + "previous request with the same ClientRequestToken");
                }
                return;
            }
            execute(actions);
            tokens.put(clientRequestToken, new TokenUse(request, now));
        }
    }

    private void execute(List<TransactWriteAction> actions) {
        List<TableDefinition> tables = new ArrayList<>();
        List<ItemKey> keys = new ArrayList<>();
        Set<String> tableNames = new HashSet<>();
        Set<List<Object>> seen = new HashSet<>();
        for (TransactWriteAction action : actions) {
            TableDefinition table = service.requireTableForItems(action.tableName());
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
        try (TableLocks.Held held = service.locks().lock(tableNames)) {
            List<Map<String, AttributeValue>> current = new ArrayList<>();
            List<CancellationReason> reasons = new ArrayList<>();
            boolean failed = false;
            for (int i = 0; i < actions.size(); i++) {
                TransactWriteAction action = actions.get(i);
                Map<String, AttributeValue> item = service.store().item(action.tableName(), keys.get(i)).orElse(null);
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
            List<DynamoDbStore.ItemWrite> writes = new ArrayList<>();
            List<StreamRecord> records = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                TransactWriteAction action = actions.get(i);
                TableDefinition table = service.requireTableForItems(action.tableName());
                Map<String, AttributeValue> old = current.get(i);
                Map<String, AttributeValue> updated;
                switch (action.kind()) {
                    case "ConditionCheck" -> {
                        continue;
                    }
                    case "Put" -> {
                        DynamoDbService.checkSize(action.item());
                        updated = action.item();
                    }
                    case "Update" -> updated = service.applyUpdate(table, action.key(), old, action.update());
                    default -> updated = null;
                }
                writes.add(new DynamoDbStore.ItemWrite(table.name(), keys.get(i), updated));
                service.streamRecords().recordFor(table, old, updated, false).ifPresent(records::add);
            }
            service.store().commit(writes, records);
        }
    }

    /** The items in request order; null where there is none. Reads hold the tables' locks to see one state. */
    List<Map<String, AttributeValue>> get(List<TransactGetAction> actions) {
        checkCount(actions.size(), "transactItems");
        List<ItemKey> keys = new ArrayList<>();
        Set<String> tableNames = new HashSet<>();
        for (TransactGetAction action : actions) {
            TableDefinition table = service.requireTableForItems(action.tableName());
            keys.add(PrimaryKeys.fromKey(table, action.key()));
            tableNames.add(table.name());
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        try (TableLocks.Held held = service.locks().lock(tableNames)) {
            for (int i = 0; i < actions.size(); i++) {
                TransactGetAction action = actions.get(i);
                Map<String, AttributeValue> item = service.store().item(action.tableName(), keys.get(i)).orElse(null);
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
