package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.DynamoDbService;
import com.apartmentbooking.local.dynamodb.ItemPage;
import com.apartmentbooking.local.dynamodb.QueryRequest;
import com.apartmentbooking.local.dynamodb.ScanRequest;
import com.apartmentbooking.local.dynamodb.SecondaryIndex;
import com.apartmentbooking.local.dynamodb.TableDefinition;
import com.apartmentbooking.local.dynamodb.WriteOptions;
import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import com.apartmentbooking.local.dynamodb.expression.KeyCondition;
import com.apartmentbooking.local.dynamodb.expression.KeyConditions;
import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last phase for one statement: runs it as the item operation it stands for, through the same service calls
 * (and so the same locks, checks and stream records) as the JSON API. SELECT is a Query when its WHERE sets the
 * partition key equal to a value and a Scan otherwise, with the whole WHERE as the filter; INSERT is a PutItem
 * that the item must not exist for; UPDATE an UpdateItem that it must exist for; DELETE a DeleteItem.
 */
final class StatementExecutor {

    private final DynamoDbService service;

    StatementExecutor(DynamoDbService service) {
        this.service = service;
    }

    StatementResult execute(BoundStatement bound, Integer limit, String nextToken) {
        Statement statement = bound.statement();
        if (statement instanceof Statement.Select select) {
            return select(bound, select, limit, NextTokens.decode(nextToken));
        }
        if (statement instanceof Statement.Insert insert) {
            insert(bound, insert);
            return new StatementResult(List.of(), null, null);
        }
        if (statement instanceof Statement.Update update) {
            return returned(update.returning(), update(bound, update));
        }
        if (statement instanceof Statement.Delete delete) {
            return returned(delete.returning(), delete(bound, delete));
        }
        throw PartiqlErrors.existsOutsideTransaction();
    }

    private StatementResult select(BoundStatement bound, Statement.Select select, Integer limit,
                                   Map<String, AttributeValue> start) {
        TableDefinition table = PartiqlTables.require(service, select.tableName());
        SecondaryIndex index = select.indexName() == null ? null : table.index(select.indexName()).orElse(null);
        boolean consistent = bound.request().consistentRead();
        if (consistent && index != null && index.global()) {
            throw PartiqlErrors.consistentReadOnGlobalIndex();
        }
        KeySchema keys = select.indexName() == null ? table.keySchema() : index == null ? null : index.keySchema();
        WhereClause where = bound.where(select.where());
        Condition filter = where.condition();
        AttributeValue partition = keys == null ? null : where.equality(keys.hashKey());
        boolean forward = forward(select, keys, partition);
        // A partition value of another type than the key's matches nothing: a Scan finds that out without the
        // Query's type error, which a statement does not make.
        boolean query = partition != null
                && partition.type().equals(table.attributeDefinitions().get(keys.hashKey()));
        // Reading by the sort key too makes Limit count the items of the key range, as on AWS.
        KeyCondition.SortKeyCondition sort = !query || keys.rangeKey() == null ? null
                : where.sortCondition(keys.rangeKey(), table.attributeDefinitions().get(keys.rangeKey()));
        ItemPage page = query
                ? service.query(new QueryRequest(table.name(), select.indexName(),
                        KeyConditions.of(keys.hashKey(), partition, keys.rangeKey(), sort), filter, Set.of(),
                        "Filter Expression", null, null, forward, limit, start, consistent))
                : service.scan(new ScanRequest(table.name(), select.indexName(), filter, null, null, limit, start,
                        null, null, consistent));
        SelectColumns columns = new SelectColumns(select.columns());
        List<Map<String, AttributeValue>> rows = page.items().stream().map(columns::apply).toList();
        return new StatementResult(rows, NextTokens.encode(page.lastEvaluatedKey()), page.lastEvaluatedKey());
    }

    /**
     * Whether a SELECT reads its partition in ascending key order: ORDER BY may name the keys of what it reads and
     * needs a WHERE that sets the partition key equal to a value; the sort key's direction decides.
     */
    private static boolean forward(Statement.Select select, KeySchema keys, AttributeValue partition) {
        if (select.orderBy().isEmpty()) {
            return true;
        }
        if (select.where() == null) {
            throw PartiqlErrors.orderByWithoutWhere();
        }
        if (partition == null) {
            throw PartiqlErrors.orderByWithoutHashKey();
        }
        boolean forward = true;
        for (Statement.OrderKey key : select.orderBy()) {
            if (!keys.isKey(key.attribute())) {
                throw PartiqlErrors.orderByNonKey(key.attribute());
            }
            if (key.attribute().equals(keys.rangeKey())) {
                forward = !key.descending();
            }
        }
        return forward;
    }

    private void insert(BoundStatement bound, Statement.Insert insert) {
        TableDefinition table = PartiqlTables.require(service, insert.tableName());
        Map<String, AttributeValue> item = insertedItem(bound, insert);
        try {
            service.putItem(table.name(), item, new WriteOptions(absent(table), "NONE", false));
        } catch (DynamoDbException e) {
            if (e.code().equals("ConditionalCheckFailedException")) {
                throw PartiqlErrors.duplicateItem();
            }
            throw e;
        }
    }

    private Map<String, AttributeValue> update(BoundStatement bound, Statement.Update update) {
        TableDefinition table = PartiqlTables.require(service, update.tableName());
        WhereClause.ItemSelection selection = bound.where(update.where()).item(table);
        return service.updateItem(table.name(), selection.key(),
                new UpdateCompiler(bound.values()).compile(update.clauses()),
                new WriteOptions(mustExist(table, selection), returnValues(update.returning()),
                        bound.request().returnItemOnConditionFailure())).item();
    }

    private Map<String, AttributeValue> delete(BoundStatement bound, Statement.Delete delete) {
        TableDefinition table = PartiqlTables.require(service, delete.tableName());
        WhereClause.ItemSelection selection = bound.where(delete.where()).item(table);
        return service.deleteItem(table.name(), selection.key(), new WriteOptions(deleteCondition(selection),
                returnValues(delete.returning()), bound.request().returnItemOnConditionFailure())).item();
    }

    /** The item an INSERT writes: its VALUE must be a tuple. */
    static Map<String, AttributeValue> insertedItem(BoundStatement bound, Statement.Insert insert) {
        if (!(bound.values().value(insert.value()) instanceof AttributeValue.M tuple)) {
            throw PartiqlErrors.insertNotTuple();
        }
        AttributeValues.checkNesting(tuple.values());
        return tuple.values();
    }

    /** An INSERT's condition: no item with that key exists. */
    static Condition absent(TableDefinition table) {
        return new Condition.AttributeNotExists(DocumentPath.of(table.keySchema().hashKey()));
    }

    /** The condition of an UPDATE and of EXISTS: the item exists, and the rest of the WHERE holds for it. */
    static Condition mustExist(TableDefinition table, WhereClause.ItemSelection selection) {
        Condition exists = new Condition.AttributeExists(DocumentPath.of(table.keySchema().hashKey()));
        return selection.rest() == null ? exists : new Condition.And(exists, selection.rest());
    }

    /** A DELETE's condition: the rest of the WHERE (a missing item meets it only if the empty item does). */
    static Condition deleteCondition(WhereClause.ItemSelection selection) {
        return selection.rest();
    }

    private static String returnValues(String returning) {
        return returning == null ? "NONE" : returning;
    }

    /** A write answers the attributes RETURNING asked for, or no items (without RETURNING, or none to return). */
    private static StatementResult returned(String returning, Map<String, AttributeValue> attributes) {
        return new StatementResult(returning == null || attributes == null || attributes.isEmpty() ? List.of()
                : List.of(attributes), null, null);
    }
}
