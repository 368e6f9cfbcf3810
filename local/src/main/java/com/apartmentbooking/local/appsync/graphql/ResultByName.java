package com.apartmentbooking.local.appsync.graphql;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mutation field's response value keyed by field names instead of the aliases the mutation chose: what
 * subscribers of the mutation select from (AppSync hands on the fields the mutation selected, by name).
 */
final class ResultByName {

    private ResultByName() {
    }

    static Object of(Object value, List<Field> fields, Map<String, FragmentDefinition> fragments) {
        if (value instanceof List<?> list) {
            return list.stream().map(item -> of(item, fields, fragments)).toList();
        }
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        Map<String, Object> byName = new LinkedHashMap<>();
        for (Field field : fields) {
            collect(field.getSelectionSet(), map, fragments, byName);
        }
        return byName;
    }

    private static void collect(SelectionSet selectionSet, Map<?, ?> value, Map<String, FragmentDefinition> fragments,
            Map<String, Object> byName) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                if (value.containsKey(field.getResultKey()) && !byName.containsKey(field.getName())) {
                    byName.put(field.getName(), of(value.get(field.getResultKey()), List.of(field), fragments));
                }
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), value, fragments, byName);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                collect(fragments.get(spread.getName()).getSelectionSet(), value, fragments, byName);
            }
        }
    }
}
