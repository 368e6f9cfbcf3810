package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.SetValue;
import com.apartmentbooking.local.dynamodb.expression.Update;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.ItemSizes;
import java.util.LinkedHashMap;
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
     * What an update may not do, whatever the item: change a key attribute, write an index key attribute a value
     * of another type (where the type is known without the item: a literal, arithmetic, list_append), or name a
     * path into a key attribute (key attributes are scalars), in that order, as DynamoDB checks.
     */
    static void checkUpdate(TableDefinition table, Update update) {
        Set<String> touched = UpdatedAttributes.of(update);
        for (String keyName : new String[] {table.keySchema().hashKey(), table.keySchema().rangeKey()}) {
            if (keyName != null && touched.contains(keyName)) {
                throw DynamoDbException.validation("One or more parameter values were invalid: Cannot update "
                        + "attribute " + keyName + ". This attribute is part of the key");
            }
        }
        Map<String, String> knownTypes = new LinkedHashMap<>();
        Map<String, AttributeValue> literals = new LinkedHashMap<>();
        for (Update.Action action : update.actions()) {
            if (action.path().isTopLevel()) {
                AttributeValue literal = literal(action);
                String type = literal != null ? literal.type()
                        : action instanceof Update.SetAction set ? set.value().knownType() : null;
                if (type != null) {
                    knownTypes.put(action.path().attributeName(), type);
                }
                if (literal != null) {
                    literals.put(action.path().attributeName(), literal);
                }
            }
        }
        PrimaryKeys.checkIndexKeyTypes(table, knownTypes);
        PrimaryKeys.checkIndexKeys(table, literals);
        PrimaryKeys.checkPathsIntoKeys(table, update.allPaths());
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
