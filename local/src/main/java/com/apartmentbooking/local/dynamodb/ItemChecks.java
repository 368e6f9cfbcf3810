package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import com.apartmentbooking.local.dynamodb.expression.SetValue;
import com.apartmentbooking.local.dynamodb.expression.Update;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.ItemSizes;
import java.util.Map;
import java.util.Set;

/**
 * The checks every item write makes, whichever operation carries it (a single write, a batch, a transaction),
 * with AWS's texts: the item size limit, the write's condition, and what an update may change.
 */
final class ItemChecks {

    private ItemChecks() {
    }

    static void checkCondition(WriteOptions options, Map<String, AttributeValue> current) {
        Condition condition = options.condition();
        if (condition != null && !condition.test(current == null ? Map.of() : current)) {
            throw DynamoDbException.conditionalCheckFailed(options.returnItemOnCondition() ? current : null);
        }
    }

    static void checkSize(Map<String, AttributeValue> item) {
        if (ItemSizes.exceedsLimit(item)) {
            throw DynamoDbException.validation("Item size has exceeded the maximum allowed size");
        }
    }

    /**
     * What an update may not do, whatever the item: change a key attribute, or reach into an index's key
     * attribute (key attributes are scalars).
     */
    static void checkUpdate(TableDefinition table, Update update) {
        Set<String> touched = UpdatedAttributes.of(update);
        for (String keyName : new String[] {table.keySchema().hashKey(), table.keySchema().rangeKey()}) {
            if (keyName != null && touched.contains(keyName)) {
                throw DynamoDbException.validation("One or more parameter values were invalid: Cannot update "
                        + "attribute " + keyName + ". This attribute is part of the key");
            }
        }
        for (Update.Action action : update.actions()) {
            AttributeValue literal = literal(action);
            DocumentPath path = action instanceof Update.SetAction set ? set.path()
                    : action instanceof Update.AddAction add ? add.path()
                    : action instanceof Update.DeleteAction delete ? delete.path() : null;
            if (literal != null && path.isTopLevel()) {
                PrimaryKeys.checkIndexKeys(table, Map.of(path.attributeName(), literal));
            }
        }
        PrimaryKeys.checkPathsIntoKeys(table, update.paths());
    }

    /** The value an action writes as given in the request, or null when it is computed from the item. */
    private static AttributeValue literal(Update.Action action) {
        if (action instanceof Update.SetAction set && set.value() instanceof SetValue.Value value) {
            return value.value();
        }
        if (action instanceof Update.AddAction add) {
            return add.value();
        }
        return action instanceof Update.DeleteAction delete ? delete.value() : null;
    }

    /** Applies an update to the current item (or to the bare key when there is none), with AWS's checks. */
    static Map<String, AttributeValue> applyUpdate(TableDefinition table, Map<String, AttributeValue> key,
                                                   Map<String, AttributeValue> old, Update update) {
        checkUpdate(table, update);
        Map<String, AttributeValue> updated = update.apply(old != null ? old : key);
        // Values given in the request were checked by checkUpdate; a value computed from the item is refused here.
        for (SecondaryIndex index : table.indexes()) {
            for (String name : new String[] {index.keySchema().hashKey(), index.keySchema().rangeKey()}) {
                AttributeValue value = name == null ? null : updated.get(name);
                if (value != null && !value.type().equals(table.attributeDefinitions().get(name))) {
                    throw DynamoDbException.validation(
                            "The update expression attempted to update the secondary index key to unsupported type");
                }
            }
        }
        PrimaryKeys.checkIndexKeys(table, updated);
        if (ItemSizes.exceedsLimit(updated)) {
            throw DynamoDbException.validation("Item size to update has exceeded the maximum allowed size");
        }
        return updated;
    }
}
