package com.apartmentbooking.local.appsync.graphql;

import graphql.execution.MergedField;
import graphql.language.AstPrinter;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A field's {@code info.selectionSetList} and {@code info.selectionSetGraphQL}, as AppSync gives them. */
final class SelectionSets {

    private SelectionSets() {
    }

    /**
     * The selected fields below the field, depth first, by name (not alias), nested ones as {@code parent/child},
     * fragments expanded; {@code __typename} is not a field of the data and is left out.
     */
    static List<String> list(MergedField field, Map<String, FragmentDefinition> fragments) {
        Set<String> names = new LinkedHashSet<>();
        for (Field each : field.getFields()) {
            collect(each.getSelectionSet(), "", fragments, names);
        }
        return new ArrayList<>(names);
    }

    /** The field's selection set as written (fragments stay fragments), or the empty text for a leaf field. */
    static String graphQl(MergedField field) {
        SelectionSet selectionSet = field.getSingleField().getSelectionSet();
        return selectionSet == null ? "" : AstPrinter.printAst(selectionSet);
    }

    private static void collect(SelectionSet selectionSet, String prefix, Map<String, FragmentDefinition> fragments,
            Set<String> names) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                if (!field.getName().equals("__typename")) {
                    names.add(prefix + field.getName());
                    collect(field.getSelectionSet(), prefix + field.getName() + "/", fragments, names);
                }
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), prefix, fragments, names);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                collect(fragments.get(spread.getName()).getSelectionSet(), prefix, fragments, names);
            }
        }
    }
}
