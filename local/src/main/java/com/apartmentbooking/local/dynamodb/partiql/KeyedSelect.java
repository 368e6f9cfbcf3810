package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.DynamoDbService;
import com.apartmentbooking.local.dynamodb.TableDefinition;
import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A SELECT of a batch or a transaction: it must name one item of a table by equalities on all its key attributes
 * (it is a GetItem); the rest of its WHERE decides whether the item found is answered.
 */
record KeyedSelect(String tableName, Map<String, AttributeValue> key, Condition rest, SelectColumns columns) {

    /**
     * @param readsIndex the refusal of a SELECT from an index
     * @param withoutKey the refusal of a SELECT that does not name one item by its key
     */
    static KeyedSelect of(DynamoDbService service, BoundStatement bound, Statement.Select select,
                          Supplier<DynamoDbException> readsIndex, Supplier<DynamoDbException> withoutKey) {
        if (select.indexName() != null) {
            throw readsIndex.get();
        }
        TableDefinition table = PartiqlTables.require(service, select.tableName());
        WhereClause.ItemSelection selection = bound.where(select.where()).item(table, withoutKey);
        return new KeyedSelect(table.name(), selection.key(), selection.rest(), new SelectColumns(select.columns()));
    }

    /** The row the item gives, or null when there is no item or the rest of the WHERE does not hold for it. */
    Map<String, AttributeValue> row(Map<String, AttributeValue> item) {
        return item == null || (rest != null && !rest.test(item)) ? null : columns.apply(item);
    }
}
