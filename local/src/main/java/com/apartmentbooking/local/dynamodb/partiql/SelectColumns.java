package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SELECT's column list applied to an item. As in PartiQL, a column is named by the last name of its path
 * ({@code SELECT address.city} gives {@code city}); a path the item lacks gives no column; {@code *} (no columns)
 * gives the whole item.
 */
final class SelectColumns {

    private final List<DocumentPath> columns;

    SelectColumns(List<DocumentPath> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Refuses a column list in which two columns would have one name. */
    static void checkNames(List<DocumentPath> columns) {
        Set<String> names = new HashSet<>();
        for (DocumentPath column : columns) {
            if (!names.add(name(column))) {
                throw PartiqlErrors.duplicateColumn(name(column));
            }
        }
    }

    Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        if (columns.isEmpty()) {
            return item;
        }
        Map<String, AttributeValue> row = new LinkedHashMap<>();
        for (DocumentPath column : columns) {
            AttributeValue value = column.resolve(item);
            if (value != null) {
                row.put(name(column), value);
            }
        }
        return row;
    }

    private static String name(DocumentPath column) {
        String name = column.attributeName();
        for (DocumentPath.Step step : column.steps()) {
            if (step instanceof DocumentPath.Key key) {
                name = key.name();
            }
        }
        return name;
    }
}
